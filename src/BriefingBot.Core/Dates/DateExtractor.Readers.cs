using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Dates;

/// <summary>The readers of <see cref="DateExtractor"/>'s rules: what each rule's match means, resolved against the publication date.</summary>
public static partial class DateExtractor
{
    private static IEnumerable<ExtractedDate> ReadIsoDate(Match match, DateSpan published)
    {
        var year = Number(match.Groups["isoYear"]);
        var month = Number(match.Groups["isoMonth"]);
        var day = Number(match.Groups["isoDay"]);
        if (IsValidDay(year, month, day))
        {
            yield return Absolute(DateSpan.OnDay(new DateOnly(year, month, day)), match);
        }
    }

    private static IEnumerable<ExtractedDate> ReadDayOfMonth(Match match, DateSpan published)
    {
        var month = CalendarWords.MonthNumber(match.Groups["month"].Value);
        var day = Number(match.Groups["day"]);
        DateSpan? OnDayOf(int year) => IsValidDay(year, month, day) ? DateSpan.OnDay(new DateOnly(year, month, day)) : null;

        var when = match.Groups["year"].Success
            ? OnDayOf(Number(match.Groups["year"]))
            : DateResolution.NearestOccurrence(published, OnDayOf);
        if (when is { } span)
        {
            yield return Absolute(span, match);
        }
    }

    private static IEnumerable<ExtractedDate> ReadMonthOfYear(Match match, DateSpan published)
    {
        var month = CalendarWords.MonthNumber(match.Groups["month"].Value);
        yield return Absolute(DateSpan.InMonth(Number(match.Groups["year"]), month), match);
    }

    private static IEnumerable<ExtractedDate> ReadMonthInContext(Match match, DateSpan published)
    {
        var name = match.Groups["month"].Value;
        var context = match.Groups["context"];
        if (context.Success && context.Value.Equals("the", StringComparison.OrdinalIgnoreCase) && CalendarWords.IsAmbiguousMonthName(name))
        {
            yield break;
        }

        var month = CalendarWords.MonthNumber(name);
        if (DateResolution.NearestOccurrence(published, year => DateSpan.InMonth(year, month)) is { } when)
        {
            yield return new ExtractedDate(when, match.Groups["expr"].Value, match.Groups["expr"].Index, IsRelative: false);
        }
    }

    private static IEnumerable<ExtractedDate> ReadRelativeMonth(Match match, DateSpan published)
    {
        var month = CalendarWords.MonthNumber(match.Groups["month"].Value);
        var relation = Lower(match.Groups["relation"]);
        DateSpan? Resolve(DateOnly anchor) => relation switch
        {
            "last" => DateSpan.InMonth(month < anchor.Month ? anchor.Year : anchor.Year - 1, month),
            "next" => DateSpan.InMonth(month > anchor.Month ? anchor.Year : anchor.Year + 1, month),
            _ => DateSpan.InMonth(anchor.Year, month),
        };

        // "last August" may reach up to a year back, so only a month-precise publication pins it down.
        return Relative(match, published, Resolve, DatePrecision.Year);
    }

    private static IEnumerable<ExtractedDate> ReadRelativeWeekday(Match match, DateSpan published)
    {
        var weekday = CalendarWords.Weekday(match.Groups["weekday"].Value);
        var relation = Lower(match.Groups["relation"]);
        var forward = relation == "next";
        DateSpan? Resolve(DateOnly anchor)
        {
            if (relation == "this")
            {
                // The named day of the publication's own week (Monday to Sunday), or the coming one once that is past:
                // "this Friday" written on a Saturday is six days ahead.
                var offset = (((int)weekday + 6) % 7) - (((int)anchor.DayOfWeek + 6) % 7);
                return DateSpan.OnDay(anchor.AddDays(offset < 0 ? offset + 7 : offset));
            }

            var days = forward ? ((int)weekday - (int)anchor.DayOfWeek + 7) % 7 : ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
            days = days == 0 ? 7 : days;
            return DateSpan.OnDay(anchor.AddDays(forward ? days : -days));
        }

        return Relative(match, published, Resolve, DatePrecision.Week);
    }

    /// <summary>
    /// "on Monday": the next Monday after the publication day, or the last one before it when the words just before
    /// are in the past tense ("arrived at the depot on Friday"). Said on a Monday, "on Monday" could be that day or a
    /// week off, so it is skipped; so is any publication date not known to the day.
    /// </summary>
    private static IEnumerable<ExtractedDate> ReadBareWeekday(Match match, string sentence, DateSpan published)
    {
        var weekday = CalendarWords.Weekday(match.Groups["weekday"].Value);
        if (published.Precision != DatePrecision.Day || published.Start.DayOfWeek == weekday)
        {
            yield break;
        }

        var before = sentence[Math.Max(0, match.Index - 60)..match.Index];
        var clause = before[(before.LastIndexOfAny([',', ';', ':', '.', '(']) + 1)..];
        var past = PastTense.IsMatch(clause) && !FutureTense.IsMatch(clause);
        var anchor = published.Start;
        var days = past ? -(((int)anchor.DayOfWeek - (int)weekday + 7) % 7) : ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
        var expression = match.Groups["expr"];
        yield return new ExtractedDate(DateSpan.OnDay(anchor.AddDays(days)), expression.Value, expression.Index, IsRelative: true);
    }

    private static IEnumerable<ExtractedDate> ReadRelativeUnit(Match match, DateSpan published)
    {
        var shift = Lower(match.Groups["relation"]) switch
        {
            "last" => -1,
            "next" => 1,
            _ => 0, // this, earlier this, later this
        };

        return Lower(match.Groups["unit"]) switch
        {
            "week" => Relative(match, published, anchor => DateSpan.InWeekOf(anchor.AddDays(7 * shift)), DatePrecision.Week),
            "month" => Relative(match, published, anchor => InMonthOf(anchor.AddMonths(shift)), DatePrecision.Month),
            _ => Relative(match, published, anchor => DateSpan.InYear(anchor.Year + shift), DatePrecision.Year),
        };
    }

    private static IEnumerable<ExtractedDate> ReadAgo(Match match, DateSpan published)
    {
        var countWord = Regex.Replace(Lower(match.Groups["count"]), @"\s+", " ", Options, MatchTimeout);
        var unit = Lower(match.Groups["unit"]);
        int? count = countWord switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            _ when char.IsAsciiDigit(countWord[0]) => int.Parse(countWord, CultureInfo.InvariantCulture),
            _ => null, // a few, a couple, several: vague
        };

        if (count is { } n)
        {
            return unit switch
            {
                "day" => Relative(match, published, anchor => DateSpan.OnDay(anchor.AddDays(-n)), DatePrecision.Day),
                "week" => Relative(match, published, anchor => DateSpan.InWeekOf(anchor.AddDays(-7 * n)), DatePrecision.Week),
                "month" => Relative(match, published, anchor => InMonthOf(anchor.AddMonths(-n)), DatePrecision.Month),
                _ => Relative(match, published, anchor => DateSpan.InYear(anchor.Year - n), DatePrecision.Year),
            };
        }

        // Vague counts: about three units back, one step less precise.
        return unit switch
        {
            "day" => Relative(match, published, anchor => DateSpan.InWeekOf(anchor.AddDays(-3)), DatePrecision.Day),
            "week" => Relative(match, published, anchor => InMonthOf(anchor.AddDays(-21)), DatePrecision.Week),
            "month" => Relative(match, published, anchor => DateSpan.InYear(anchor.AddMonths(-3).Year), DatePrecision.Month),
            _ => [],
        };
    }

    private static IEnumerable<ExtractedDate> ReadDeicticDay(Match match, DateSpan published)
    {
        var offset = Lower(match.Groups["word"]) switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0, // today, tonight, right now
        };

        return Relative(match, published, anchor => DateSpan.OnDay(anchor.AddDays(offset)), DatePrecision.Day);
    }

    private static IEnumerable<ExtractedDate> ReadQualifiedYear(Match match, DateSpan published)
    {
        yield return new ExtractedDate(DateSpan.InYear(Number(match.Groups["year"])), match.Groups["expr"].Value, match.Groups["expr"].Index, IsRelative: false);
    }

    private static IEnumerable<ExtractedDate> ReadYears(Match match, DateSpan published) =>
        match.Groups["year"].Captures.Select(year =>
            new ExtractedDate(DateSpan.InYear(int.Parse(year.Value, CultureInfo.InvariantCulture)), year.Value, year.Index, IsRelative: false));

    private static IEnumerable<ExtractedDate> Relative(Match match, DateSpan published, Func<DateOnly, DateSpan?> resolve, DatePrecision granularity)
    {
        var expression = match.Groups["expr"];
        if (DateResolution.Relative(published, resolve, granularity) is { } when)
        {
            yield return new ExtractedDate(when, expression.Value, expression.Index, IsRelative: true);
        }
    }

    private static ExtractedDate Absolute(DateSpan when, Match match) => new(when, match.Value, match.Index, IsRelative: false);

    private static DateSpan InMonthOf(DateOnly day) => DateSpan.InMonth(day.Year, day.Month);

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static string Lower(Group group) => group.Value.ToLowerInvariant();
}
