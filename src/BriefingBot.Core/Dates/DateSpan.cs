namespace BriefingBot.Core.Dates;

/// <summary>How exactly a date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A calendar date known to some precision: <see cref="Start"/> is the first day it may be,
/// <see cref="End"/> the last (inclusive). A day has Start == End; a week spans Monday to Sunday;
/// a month or a year spans all of its days.
/// </summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateSpan OnDay(DateOnly day) => new(day, day, DatePrecision.Day);

    public static DateSpan InWeekOf(DateOnly anyDayOfWeek)
    {
        var offset = ((int)anyDayOfWeek.DayOfWeek + 6) % 7; // Monday = 0
        var monday = anyDayOfWeek.AddDays(-offset);
        return new(monday, monday.AddDays(6), DatePrecision.Week);
    }

    public static DateSpan InMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static DateSpan InYear(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>Parses "2026-01-17", "2026-01" or "2026" into a span of day, month or year precision.</summary>
    public static bool TryParseIso(string? text, out DateSpan span)
    {
        span = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (!int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || parts[0].Length != 4 || year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            span = InYear(year);
            return true;
        }

        if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            || parts[1].Length != 2 || month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            span = InMonth(year, month);
            return true;
        }

        if (parts.Length == 3
            && parts[2].Length == 2
            && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            span = OnDay(new DateOnly(year, month, day));
            return true;
        }

        return false;
    }

    /// <summary>The ISO form at this precision: "2026-02-04", "2026-W05"-style weeks as their Monday, "2026-02", "2026".</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day or DatePrecision.Week => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A reader's form: "February 4, 2026", "the week of January 19, 2026", "February 2026", "2026".</summary>
    public string ToDisplayString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Week => "the week of " + Start.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIsoString();
}
