using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Tests.Reminders;

public sealed class LeadTimeFormatterTests
{
    [Theory]
    [InlineData(0, "0d", "on the day")]
    [InlineData(60 * 24, "1d", "1 day before")]
    [InlineData(60 * 24 * 7, "7d", "7 days before")]
    [InlineData(60 * 24 * 14, "14d", "14 days before")]
    [InlineData(60 * 12, "12h", "12 hours before")]
    [InlineData(60, "1h", "1 hour before")]
    [InlineData(60 * 36, "36h", "36 hours before")]
    [InlineData(90, "90m", "90 minutes before")]
    public void Format_LeadTime_GivesShortAndHumanForms(int minutes, string shortForm, string humanForm)
    {
        var leadTime = TimeSpan.FromMinutes(minutes);

        Assert.Equal(shortForm, LeadTimeFormatter.Format(leadTime));
        Assert.Equal(humanForm, LeadTimeFormatter.Describe(leadTime));
    }

    [Fact]
    public void FormatList_DefaultLeadTimes_IsCommaSeparated()
    {
        Assert.Equal("7d,1d,0d", LeadTimeFormatter.FormatList(Subscription.DefaultLeadTimes));
    }

    [Theory]
    [InlineData("7d,1d,0d")]
    [InlineData("2w,12h")]
    [InlineData("365d,36h,1h")]
    public void Format_ParsedLeadTimes_ParsesBackToTheSame(string args)
    {
        SubscriptionArgumentsParser.TryParse(args, out var first, out _);
        SubscriptionArgumentsParser.TryParse(LeadTimeFormatter.FormatList(first!.LeadTimes), out var second, out _);

        Assert.Equal(first.LeadTimes, second!.LeadTimes);
    }
}
