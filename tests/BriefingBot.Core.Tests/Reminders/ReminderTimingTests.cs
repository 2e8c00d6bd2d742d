using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Tests.Reminders;

public sealed class ReminderTimingTests
{
    private static readonly DateTimeOffset DueAt = new(2026, 3, 29, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    // seconds after due (negative: before), catch-up window in minutes, expected
    [InlineData(-1, 60, ReminderTimeliness.NotYetDue)]
    [InlineData(-3600, 60, ReminderTimeliness.NotYetDue)]
    [InlineData(0, 60, ReminderTimeliness.OnTime)]
    [InlineData(299, 60, ReminderTimeliness.OnTime)]
    [InlineData(300, 60, ReminderTimeliness.OnTime)]
    [InlineData(301, 60, ReminderTimeliness.Late)]
    [InlineData(3600, 60, ReminderTimeliness.Late)]
    [InlineData(3601, 60, ReminderTimeliness.Missed)]
    [InlineData(86400, 60, ReminderTimeliness.Missed)]
    [InlineData(301, 0, ReminderTimeliness.Missed)]
    [InlineData(120, 0, ReminderTimeliness.OnTime)]
    public void Classify_AgeOfDueTime_GivesTimeliness(int secondsAfterDue, int catchUpMinutes, ReminderTimeliness expected)
    {
        var now = DueAt.AddSeconds(secondsAfterDue);

        Assert.Equal(expected, ReminderTiming.Classify(DueAt, now, TimeSpan.FromMinutes(catchUpMinutes)));
    }

    [Fact]
    public void Classify_DifferentOffsets_ComparesInstants()
    {
        var now = new DateTimeOffset(2026, 3, 29, 9, 2, 0, TimeSpan.FromHours(2)); // 07:02Z

        Assert.Equal(ReminderTimeliness.OnTime, ReminderTiming.Classify(DueAt, now, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Classify_NegativeCatchUpWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderTiming.Classify(DueAt, DueAt, TimeSpan.FromMinutes(-1)));
    }
}
