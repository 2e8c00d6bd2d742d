using System.Text;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Tests.Reminders;

public sealed class CalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 17, 10, 30, 0, TimeSpan.FromHours(1));
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Write_OneDayItem_WritesAllDayEvent()
    {
        var calendar = CalendarWriter.Write(
            [new CalendarEntry("start@briefingbot", DateSpan.OnDay(new DateOnly(2026, 2, 4)), "New START expires", "The treaty is set to expire.", "https://example.org/a")],
            Stamp,
            "-//BriefingBot//Reminders//EN");

        Assert.Equal(
            string.Join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//BriefingBot//Reminders//EN",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "UID:start@briefingbot",
                "DTSTAMP:20260117T093000Z",
                "DTSTART;VALUE=DATE:20260204",
                "DTEND;VALUE=DATE:20260205",
                "SUMMARY:New START expires",
                "DESCRIPTION:The treaty is set to expire.",
                "URL:https://example.org/a",
                "END:VEVENT",
                "END:VCALENDAR",
                ""),
            calendar);
    }

    [Theory]
    [InlineData("week", "20260119", "20260126")]
    [InlineData("month", "20260201", "20260301")]
    [InlineData("year", "20260101", "20270101")]
    [InlineData("day", "20261231", "20270101")]
    public void Write_Span_EndIsExclusiveDayAfterLast(string precision, string expectedStart, string expectedEnd)
    {
        var when = precision switch
        {
            "week" => DateSpan.InWeekOf(new DateOnly(2026, 1, 21)),
            "month" => DateSpan.InMonth(2026, 2),
            "year" => DateSpan.InYear(2026),
            _ => DateSpan.OnDay(new DateOnly(2026, 12, 31)),
        };

        var calendar = CalendarWriter.Write([new CalendarEntry("u", when, "s", "d", null)], Stamp, "p");

        Assert.Contains($"\r\nDTSTART;VALUE=DATE:{expectedStart}\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains($"\r\nDTEND;VALUE=DATE:{expectedEnd}\r\n", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("URL:", calendar, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("semi;colon", @"semi\;colon")]
    [InlineData("a, b", @"a\, b")]
    [InlineData("line\nbreak", @"line\nbreak")]
    [InlineData("windows\r\nbreak", @"windows\nbreak")]
    [InlineData("old\rmac", @"old\nmac")]
    [InlineData("two\n\nbreaks", @"two\n\nbreaks")]
    [InlineData("tab\tkept, bell\u0007 dropped", @"tab	kept\, bell dropped")]
    [InlineData(@"all: \;,", @"all: \\\;\,")]
    [InlineData("", "")]
    public void EscapeText_SpecialCharacters_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, CalendarWriter.EscapeText(text));
    }

    [Fact]
    public void Write_SummaryWithSpecials_IsEscapedInOutput()
    {
        var calendar = CalendarWriter.Write(
            [new CalendarEntry("u", DateSpan.OnDay(new DateOnly(2026, 2, 4)), "Talks; Geneva, day 1", "First line\nSecond \\ line", null)],
            Stamp,
            "p");

        Assert.Contains("\r\nSUMMARY:Talks\\; Geneva\\, day 1\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION:First line\\nSecond \\\\ line\r\n", calendar, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", 300)]
    [InlineData("é", 200)]          // 2 octets
    [InlineData("€", 200)]          // 3 octets
    [InlineData("😀", 120)]         // 4 octets, a surrogate pair
    [InlineData("ab€😀é, ", 60)]     // mixed, so breaks land at every offset
    [InlineData("x", 74)]           // "SUMMARY:" + 74 > 75: exactly one fold
    public void Write_LongLines_FoldAtSeventyFiveOctetsWithoutBreakingCharacters(string unit, int repeat)
    {
        var summary = string.Concat(Enumerable.Repeat(unit, repeat));
        var description = "x" + summary;

        var calendar = CalendarWriter.Write(
            [new CalendarEntry("uid-" + summary, DateSpan.OnDay(new DateOnly(2026, 2, 4)), summary, description, null)],
            Stamp,
            "-//BriefingBot//" + summary + "//EN");

        Assert.EndsWith("\r\n", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", calendar.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", calendar.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var line in calendar[..^2].Split("\r\n"))
        {
            var octets = StrictUtf8.GetBytes(line); // throws on a split surrogate pair
            Assert.True(octets.Length <= 75, $"{octets.Length} octets: {line}");
            Assert.Equal(line, StrictUtf8.GetString(octets));
        }

        var unfolded = calendar.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("\r\nSUMMARY:" + CalendarWriter.EscapeText(summary) + "\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION:" + CalendarWriter.EscapeText(description) + "\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nUID:" + CalendarWriter.EscapeText("uid-" + summary) + "\r\n", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LineOfExactlySeventyFiveOctets_IsNotFolded()
    {
        var summary = new string('x', 75 - "SUMMARY:".Length);

        var calendar = CalendarWriter.Write([new CalendarEntry("u", DateSpan.OnDay(new DateOnly(2026, 2, 4)), summary, "d", null)], Stamp, "p");

        Assert.Contains("\r\nSUMMARY:" + summary + "\r\nDESCRIPTION:", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnpairedSurrogate_IsReplacedSoOutputIsValidUtf8()
    {
        var calendar = CalendarWriter.Write(
            [new CalendarEntry("u", DateSpan.OnDay(new DateOnly(2026, 2, 4)), "bad \ud83d here", "d", null)], Stamp, "p");

        Assert.Contains("SUMMARY:bad \ufffd here", calendar, StringComparison.Ordinal);
        StrictUtf8.GetBytes(calendar);
    }

    [Fact]
    public void Write_NoEntries_WritesEmptyCalendar()
    {
        var calendar = CalendarWriter.Write([], Stamp, "p");

        Assert.Equal("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:p\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n", calendar);
    }
}
