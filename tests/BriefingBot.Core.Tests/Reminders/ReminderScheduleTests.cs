using System.Globalization;
using BriefingBot.Core.Reminders;
using NodaTime.TimeZones;

namespace BriefingBot.Core.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    [Theory]
    // itemDay, lead, zone, local time, expected due (UTC)
    [InlineData("2026-02-04", "0d", "UTC", "09:00", "2026-02-04T09:00:00Z")]
    [InlineData("2026-02-04", "7d", "UTC", "09:00", "2026-01-28T09:00:00Z")]
    [InlineData("2026-02-04", "12h", "UTC", "09:00", "2026-02-03T21:00:00Z")]
    [InlineData("2026-02-04", "0d", "Europe/Berlin", "09:00", "2026-02-04T08:00:00Z")]
    [InlineData("2026-07-01", "0d", "Europe/Berlin", "09:00", "2026-07-01T07:00:00Z")]
    [InlineData("2026-02-04", "0d", "America/New_York", "09:00", "2026-02-04T14:00:00Z")]
    [InlineData("2026-07-01", "0d", "America/New_York", "09:00", "2026-07-01T13:00:00Z")]
    [InlineData("2026-02-04", "0d", "Asia/Kolkata", "09:00", "2026-02-04T03:30:00Z")]
    [InlineData("2026-02-04", "1d", "Asia/Kolkata", "21:30", "2026-02-03T16:00:00Z")]
    [InlineData("2026-02-04", "0d", "Australia/Sydney", "09:00", "2026-02-03T22:00:00Z")]
    [InlineData("2026-07-01", "0d", "Australia/Sydney", "09:00", "2026-06-30T23:00:00Z")]
    [InlineData("2026-02-04", "0d", "europe/berlin", "09:00", "2026-02-04T08:00:00Z")]
    public void DueAt_PlainDays_IsLocalTimeOnTheDayMinusLead(string itemDay, string lead, string zone, string localTime, string expected)
    {
        var dueAt = ReminderSchedule.DueAt(Day(itemDay), Lead(lead), zone, Time(localTime));

        Assert.Equal(Instant(expected), dueAt);
        Assert.Equal(TimeSpan.Zero, dueAt.Offset);
    }

    [Theory]
    // EU: clocks go 02:00 CET -> 03:00 CEST on 2026-03-29; US: 02:00 EST -> 03:00 EDT on 2026-03-08.
    [InlineData("2026-04-02", "Europe/Berlin", "2026-03-26T08:00:00Z", "2026-04-02T07:00:00Z")]
    [InlineData("2026-03-12", "America/New_York", "2026-03-05T14:00:00Z", "2026-03-12T13:00:00Z")]
    // EU: 03:00 CEST -> 02:00 CET on 2026-10-25; US: 02:00 EDT -> 01:00 EST on 2026-11-01.
    [InlineData("2026-10-29", "Europe/Berlin", "2026-10-22T07:00:00Z", "2026-10-29T08:00:00Z")]
    [InlineData("2026-11-05", "America/New_York", "2026-10-29T13:00:00Z", "2026-11-05T14:00:00Z")]
    // Sydney leaves daylight time on 2026-04-05 (AEDT +11 -> AEST +10).
    [InlineData("2026-04-09", "Australia/Sydney", "2026-04-01T22:00:00Z", "2026-04-08T23:00:00Z")]
    public void DueAt_SevenDayLeadAcrossDstChange_StaysAtLocalNine(string itemDay, string zone, string expectedSevenDays, string expectedOnTheDay)
    {
        var sevenDaysBefore = ReminderSchedule.DueAt(Day(itemDay), TimeSpan.FromDays(7), zone, new TimeOnly(9, 0));
        var onTheDay = ReminderSchedule.DueAt(Day(itemDay), TimeSpan.Zero, zone, new TimeOnly(9, 0));

        Assert.Equal(Instant(expectedSevenDays), sevenDaysBefore);
        Assert.Equal(Instant(expectedOnTheDay), onTheDay);
        Assert.NotEqual(TimeSpan.FromDays(7), onTheDay - sevenDaysBefore);
    }

    [Theory]
    [InlineData("2026-03-29", "Europe/Berlin", "02:30", "2026-03-29T01:30:00Z")]  // 03:30 CEST
    [InlineData("2026-03-29", "Europe/Berlin", "02:00", "2026-03-29T01:00:00Z")]  // 03:00 CEST
    [InlineData("2026-03-08", "America/New_York", "02:30", "2026-03-08T07:30:00Z")] // 03:30 EDT
    [InlineData("2026-10-04", "Australia/Sydney", "02:15", "2026-10-03T16:15:00Z")] // 03:15 AEDT
    public void DueAt_SpringForwardGap_MovesForwardByTheGap(string itemDay, string zone, string localTime, string expected)
    {
        var dueAt = ReminderSchedule.DueAt(Day(itemDay), TimeSpan.Zero, zone, Time(localTime));

        Assert.Equal(Instant(expected), dueAt);
    }

    [Theory]
    [InlineData("2026-10-25", "Europe/Berlin", "02:30", "2026-10-25T00:30:00Z")]   // 02:30 CEST, not 02:30 CET (01:30Z)
    [InlineData("2026-11-01", "America/New_York", "01:30", "2026-11-01T05:30:00Z")] // 01:30 EDT, not 01:30 EST (06:30Z)
    [InlineData("2026-04-05", "Australia/Sydney", "02:30", "2026-04-04T15:30:00Z")] // 02:30 AEDT, not 02:30 AEST
    public void DueAt_FallBackOverlap_TakesEarlierInstant(string itemDay, string zone, string localTime, string expected)
    {
        var dueAt = ReminderSchedule.DueAt(Day(itemDay), TimeSpan.Zero, zone, Time(localTime));

        Assert.Equal(Instant(expected), dueAt);
    }

    [Fact]
    public void DueAt_SevenDayLeadLandingInFallOverlap_TakesEarlierInstant()
    {
        var dueAt = ReminderSchedule.DueAt(new DateOnly(2026, 11, 8), TimeSpan.FromDays(7), "America/New_York", new TimeOnly(1, 30));

        Assert.Equal(Instant("2026-11-01T05:30:00Z"), dueAt);
    }

    [Theory]
    // 09:00 CEST on the day is 07:00Z; twelve elapsed hours earlier is 19:00Z = 20:00 CET the evening before.
    [InlineData("2026-03-29", "12h", "Europe/Berlin", "2026-03-28T19:00:00Z")]
    // 09:00 EST on 2026-11-02 is 14:00Z; one calendar day back is 09:00 EST on 11-01 (14:00Z), then 12 elapsed hours.
    [InlineData("2026-11-02", "36h", "America/New_York", "2026-11-01T02:00:00Z")]
    [InlineData("2026-02-04", "36h", "UTC", "2026-02-02T21:00:00Z")]
    public void DueAt_SubDayLead_SubtractsElapsedTimeAfterCalendarDays(string itemDay, string lead, string zone, string expected)
    {
        var dueAt = ReminderSchedule.DueAt(Day(itemDay), Lead(lead), zone, new TimeOnly(9, 0));

        Assert.Equal(Instant(expected), dueAt);
    }

    [Fact]
    public void DueAt_UnknownTimeZone_Throws()
    {
        Assert.Throws<DateTimeZoneNotFoundException>(
            () => ReminderSchedule.DueAt(new DateOnly(2026, 2, 4), TimeSpan.Zero, "Mars/Base", new TimeOnly(9, 0)));
    }

    [Fact]
    public void DueAt_NegativeLead_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ReminderSchedule.DueAt(new DateOnly(2026, 2, 4), TimeSpan.FromDays(-1), "UTC", new TimeOnly(9, 0)));
    }

    internal static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static TimeOnly Time(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    internal static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    internal static TimeSpan Lead(string text)
    {
        var count = int.Parse(text[..^1], CultureInfo.InvariantCulture);
        return text[^1] switch
        {
            'w' => TimeSpan.FromDays(7 * count),
            'd' => TimeSpan.FromDays(count),
            _ => TimeSpan.FromHours(count),
        };
    }
}
