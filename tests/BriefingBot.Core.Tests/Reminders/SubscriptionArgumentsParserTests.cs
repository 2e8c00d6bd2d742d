using System.Globalization;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Tests.Reminders;

public sealed class SubscriptionArgumentsParserTests
{
    [Theory]
    // args, topic text ("" for all), lead times, time zone, local time
    [InlineData(null, "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("   ", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("all", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("ALL 0d", "", "0d", "UTC", "09:00")]
    [InlineData("nato", "nato", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("Ukraine peace deal 1d 21:00 Europe/Berlin", "Ukraine peace deal", "1d", "Europe/Berlin", "21:00")]
    [InlineData("Europe/Berlin 21:00 1d Ukraine peace deal", "Ukraine peace deal", "1d", "Europe/Berlin", "21:00")]
    [InlineData("europe/berlin 9pm 2w,3d", "", "14d,3d", "Europe/Berlin", "21:00")]
    [InlineData("america/new_york", "", "7d,1d,0d", "America/New_York", "09:00")]
    [InlineData("utc 7", "", "7d,1d,0d", "UTC", "07:00")]
    [InlineData("gmt", "", "7d,1d,0d", "GMT", "09:00")]
    [InlineData("Etc/GMT-2", "", "7d,1d,0d", "Etc/GMT-2", "09:00")]
    [InlineData("New START", "New START", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("Asia/Kolkata 9:30", "", "7d,1d,0d", "Asia/Kolkata", "09:30")]
    [InlineData("12h,1d,12h", "", "1d,12h", "UTC", "09:00")]
    [InlineData("0d,7d,1d", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("7d, 1d, 0d sanctions", "sanctions", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("7d 1d", "", "7d,1d", "UTC", "09:00")]
    [InlineData("1d 24h", "", "1d", "UTC", "09:00")]
    [InlineData("365d", "", "365d", "UTC", "09:00")]
    [InlineData("52w", "", "364d", "UTC", "09:00")]
    [InlineData("8760h", "", "365d", "UTC", "09:00")]
    [InlineData("1d,2d,3d,4d,5d,6d", "", "6d,5d,4d,3d,2d,1d", "UTC", "09:00")]
    [InlineData("09", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("0", "", "7d,1d,0d", "UTC", "00:00")]
    [InlineData("23:59", "", "7d,1d,0d", "UTC", "23:59")]
    [InlineData("9am", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("9 am", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("9 PM", "", "7d,1d,0d", "UTC", "21:00")]
    [InlineData("12am", "", "7d,1d,0d", "UTC", "00:00")]
    [InlineData("12pm", "", "7d,1d,0d", "UTC", "12:00")]
    [InlineData("12:30pm", "", "7d,1d,0d", "UTC", "12:30")]
    [InlineData("9 09:00", "", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("shadow fleet 5g", "shadow fleet 5g", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("iran", "iran", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("2018 summit", "2018 summit", "7d,1d,0d", "UTC", "09:00")]
    [InlineData("oil, gas", "oil, gas", "7d,1d,0d", "UTC", "09:00")]
    public void TryParse_ValidArguments_ReadsEachPart(string? args, string topic, string leads, string zone, string localTime)
    {
        var parsed = SubscriptionArgumentsParser.TryParse(args, out var request, out var error);

        Assert.True(parsed, error.ToString());
        Assert.NotNull(request);
        Assert.Equal(topic.Length == 0 ? null : topic, request.TopicText);
        Assert.Equal(leads, LeadTimeFormatter.FormatList(request.LeadTimes));
        Assert.Equal(zone, request.TimeZoneId);
        Assert.Equal(TimeOnly.ParseExact(localTime, "HH:mm", CultureInfo.InvariantCulture), request.LocalTime);
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("Mars/Base", "I don't know the time zone 'Mars/Base'. Use an IANA name such as Europe/Berlin, America/New_York or UTC.")]
    [InlineData("nato Europe/Berln", "I don't know the time zone 'Europe/Berln'. Use an IANA name such as Europe/Berlin, America/New_York or UTC.")]
    [InlineData("UTC+2", "I don't know the time zone 'UTC+2'. Use an IANA name such as Europe/Berlin, America/New_York or UTC.")]
    [InlineData("nato pst", "Time zone abbreviations such as 'pst' are ambiguous. Use an IANA name such as Europe/Berlin, America/New_York or UTC.")]
    [InlineData("EST", "Time zone abbreviations such as 'EST' are ambiguous. Use an IANA name such as Europe/Berlin, America/New_York or UTC.")]
    [InlineData("25:00", "I can't read '25:00' as a time of day. Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.")]
    [InlineData("24", "I can't read '24' as a time of day. Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.")]
    [InlineData("9:60", "I can't read '9:60' as a time of day. Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.")]
    [InlineData("9:5", "I can't read '9:5' as a time of day. Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.")]
    [InlineData("13pm", "I can't read '13pm' as a time of day. Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.")]
    [InlineData("0am", "I can't read '0am' as a time of day. Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.")]
    [InlineData("3x,1d", "I can't read the lead time '3x'. Use a number with d (days), w (weeks) or h (hours), comma-separated, such as 7d,1d,0d, 2w or 12h.")]
    [InlineData("7,1", "I can't read the lead time '7'. Use a number with d (days), w (weeks) or h (hours), comma-separated, such as 7d,1d,0d, 2w or 12h.")]
    [InlineData("7d,,1d", "I can't read the lead time '7d,,1d'. Use a number with d (days), w (weeks) or h (hours), comma-separated, such as 7d,1d,0d, 2w or 12h.")]
    [InlineData("10m", "I can't read the lead time '10m'. Use a number with d (days), w (weeks) or h (hours), comma-separated, such as 7d,1d,0d, 2w or 12h.")]
    [InlineData("nato 7days", "I can't read the lead time '7days'. Use a number with d (days), w (weeks) or h (hours), comma-separated, such as 7d,1d,0d, 2w or 12h.")]
    [InlineData("400d", "The lead time '400d' is too long: lead times go from 0d up to 365 days (365d, 52w or 8760h).")]
    [InlineData("53w", "The lead time '53w' is too long: lead times go from 0d up to 365 days (365d, 52w or 8760h).")]
    [InlineData("8761h", "The lead time '8761h' is too long: lead times go from 0d up to 365 days (365d, 52w or 8760h).")]
    [InlineData("99999999999999999999d", "The lead time '99999999999999999999d' is too long: lead times go from 0d up to 365 days (365d, 52w or 8760h).")]
    [InlineData("1d,2d,3d,4d,5d,6d,7d", "That is 7 lead times; at most 6 are allowed, such as 7d,1d,0d.")]
    [InlineData("1d,2d,3d 4d,5d,6d,7d", "That is 7 lead times; at most 6 are allowed, such as 7d,1d,0d.")]
    [InlineData("Europe/Berlin America/New_York", "I found two time zones, 'Europe/Berlin' and 'America/New_York'. Give one, such as Europe/Berlin.")]
    [InlineData("9 21:00", "I found two times of day, '9' and '21:00'. Give one, such as 9 or 21:00.")]
    public void TryParse_InvalidArguments_ExplainsAcceptedForms(string args, string expectedError)
    {
        var parsed = SubscriptionArgumentsParser.TryParse(args, out var request, out var error);

        Assert.False(parsed);
        Assert.Null(request);
        Assert.Equal(expectedError, error.ToString());
    }

    [Fact]
    public void TryParse_NoArguments_UsesSubscriptionDefaults()
    {
        SubscriptionArgumentsParser.TryParse(null, out var request, out _);

        Assert.Equal(Subscription.DefaultLeadTimes, request!.LeadTimes);
        Assert.Equal(Subscription.DefaultTimeZoneId, request.TimeZoneId);
        Assert.Equal(Subscription.DefaultLocalTime, request.LocalTime);
        Assert.Null(request.TopicText);
    }
}
