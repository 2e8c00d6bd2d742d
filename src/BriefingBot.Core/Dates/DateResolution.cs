namespace BriefingBot.Core.Dates;

/// <summary>
/// Turns what a sentence says into a <see cref="DateSpan"/> when the sentence leaves something to the publication date:
/// a missing year ("February 4") or a deictic expression ("last week").
/// </summary>
internal static class DateResolution
{
    /// <summary>
    /// Picks the year for a date written without one: of the occurrences in the years around the publication, the one
    /// nearest to it (distance 0 when inside the published span; on a tie the earlier one).
    /// Published 2026-01-17: "January 17" is 2026-01-17, "December 20" is 2025-12-20, "February 4" is 2026-02-04.
    /// </summary>
    public static DateSpan? NearestOccurrence(DateSpan published, Func<int, DateSpan?> inYear)
    {
        DateSpan? best = null;
        var bestDistance = int.MaxValue;
        for (var year = published.Start.Year - 1; year <= published.End.Year + 1; year++)
        {
            if (year is < 1 or > 9998 || inYear(year) is not { } candidate)
            {
                continue;
            }

            var distance = Distance(candidate, published);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Resolves a deictic expression against the publication date without claiming more precision than it has.
    /// With a day-precise publication this is just <paramref name="resolve"/> of that day. Otherwise the expression is
    /// resolved from the first and from the last day the publication may be:
    /// <list type="number">
    /// <item>both agree ("last August" from January 2026): that answer;</item>
    /// <item>both fall in one week, month or year ("today" from January 2026): the smallest such span;</item>
    /// <item>they straddle a boundary and the expression moves by less than the publication's precision
    /// ("last week" from January 2026 could be late December): the published span itself, i.e. "around the time of
    /// publication", because an article dated only to a month or a year is taken to speak of that month or year;</item>
    /// <item>otherwise ("last August" from a year-precise 2026: August 2025 or August 2026?) nothing.</item>
    /// </list>
    /// </summary>
    /// <param name="granularity">How far the expression moves from its anchor: a day for "yesterday", a week for
    /// "last week", a year for "last August" (which may be up to a year back).</param>
    public static DateSpan? Relative(DateSpan published, Func<DateOnly, DateSpan?> resolve, DatePrecision granularity)
    {
        if (resolve(published.Start) is not { } fromStart || resolve(published.End) is not { } fromEnd)
        {
            return null;
        }

        if (fromStart == fromEnd)
        {
            return fromStart;
        }

        var first = fromStart.Start < fromEnd.Start ? fromStart.Start : fromEnd.Start;
        var last = fromStart.End > fromEnd.End ? fromStart.End : fromEnd.End;
        if (SmallestCovering(first, last) is { } covering)
        {
            return covering;
        }

        return granularity < published.Precision ? published : null;
    }

    /// <summary>The week, month or year (the smallest of them) that holds every day from first to last, if any.</summary>
    public static DateSpan? SmallestCovering(DateOnly first, DateOnly last)
    {
        var week = DateSpan.InWeekOf(first);
        if (last <= week.End)
        {
            return first == last ? DateSpan.OnDay(first) : week;
        }

        if (first.Year == last.Year && first.Month == last.Month)
        {
            return DateSpan.InMonth(first.Year, first.Month);
        }

        return first.Year == last.Year ? DateSpan.InYear(first.Year) : null;
    }

    /// <summary>True when <paramref name="outer"/> holds every day of <paramref name="inner"/>.</summary>
    public static bool Contains(DateSpan outer, DateSpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static int Distance(DateSpan candidate, DateSpan published)
    {
        if (candidate.End < published.Start)
        {
            return published.Start.DayNumber - candidate.End.DayNumber;
        }

        return candidate.Start > published.End ? candidate.Start.DayNumber - published.End.DayNumber : 0;
    }
}
