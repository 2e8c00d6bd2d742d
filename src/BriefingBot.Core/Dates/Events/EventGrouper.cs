namespace BriefingBot.Core.Dates.Events;

/// <summary>
/// Groups dated items into events. Items join one event when a curator gave them the same <c>event</c>; when they
/// give the same date and share a key word around it (<see cref="EventKeyWords"/>: "the council votes on May 5",
/// "councillors will vote on the subsidy on May 5"; on a crowded date or a bare year, two words and a pair of
/// neighbouring ones); or when they give days at most <see cref="NearDays"/> apart,
/// share at least <see cref="NearSharedWords"/> key words and a pair of neighbouring ones ("opens to passengers on
/// June 3", "due to open to passengers on Friday, June 4"): those disagree, and the event shows it. Two dates in
/// one sentence are two events, never one.
/// </summary>
public static class EventGrouper
{
    public const int NearDays = 3;
    public const int NearSharedWords = 3;

    /// <summary>
    /// More items than this on one date (or a date that is only a year) and two of them must share two key words and
    /// a pair of neighbouring ones to be one event, not one word: in a large corpus a busy day would otherwise chain
    /// everything said about it into one event.
    /// </summary>
    public const int CrowdedDate = 12;

    /// <summary>Dates given by more items than this are not grouped by words at all (the pairs alone would be too many).</summary>
    public const int MaxSameDateItems = 400;

    /// <summary>The events of <paramref name="items"/>, in date order (then by key).</summary>
    public static IReadOnlyList<DatedEvent> Group(IReadOnlyList<DatedItem> items)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var expressions = items.ToLookup(i => i.Quote, i => i.Expression, StringComparer.Ordinal);
        var words = items.Select(i => EventKeyWords.Of(i, expressions[i.Quote].Where(e => e != i.Expression))).ToArray();

        UnionCurated(items, parent);
        foreach (var sameDate in Enumerable.Range(0, items.Count).GroupBy(i => items[i].When))
        {
            var members = sameDate.ToArray();
            if (members.Length > MaxSameDateItems)
            {
                // A date that many items give (a whole year in a large corpus) says little: only curation joins them.
                continue;
            }

            // On a crowded date one common word is not enough to call two sentences one event.
            var crowded = members.Length > CrowdedDate || items[members[0]].When.Precision == DatePrecision.Year;
            for (var a = 0; a < members.Length; a++)
            {
                for (var b = a + 1; b < members.Length; b++)
                {
                    var (x, y) = (words[members[a]], words[members[b]]);
                    if (crowded ? x.Words.Count(y.Words.Contains) >= 2 && x.Pairs.Overlaps(y.Pairs) : x.Words.Overlaps(y.Words))
                    {
                        Union(parent, members[a], members[b]);
                    }
                }
            }
        }

        var days = Enumerable.Range(0, items.Count).Where(i => items[i].When.Precision == DatePrecision.Day).OrderBy(i => items[i].When.Start).ToArray();
        for (var a = 0; a < days.Length; a++)
        {
            for (var b = a + 1; b < days.Length && items[days[b]].When.Start.DayNumber - items[days[a]].When.Start.DayNumber <= NearDays; b++)
            {
                var (first, second) = (items[days[a]], items[days[b]]);
                var (x, y) = (words[days[a]], words[days[b]]);
                if (first.When != second.When && first.Quote != second.Quote
                    && x.Words.Count(y.Words.Contains) >= NearSharedWords && x.Pairs.Overlaps(y.Pairs))
                {
                    Union(parent, days[a], days[b]);
                }
            }
        }

        return [.. Enumerable.Range(0, items.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => Build([.. g.Select(i => items[i])]))
            .OrderBy(e => e.When.Start)
            .ThenBy(e => e.When.End)
            .ThenBy(e => e.Key, StringComparer.Ordinal)];
    }

    private static void UnionCurated(IReadOnlyList<DatedItem> items, int[] parent)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Event is { } name && !first.TryAdd(name, i))
            {
                Union(parent, first[name], i);
            }
        }
    }

    /// <summary>
    /// The event's date is the one most of its items give, preferring day precision, then the earliest. Its key is the
    /// curated event's name, else the key of its first item on that date, so a lone item keeps its own key.
    /// </summary>
    private static DatedEvent Build(IReadOnlyList<DatedItem> members)
    {
        var when = members
            .GroupBy(i => i.When)
            .OrderBy(g => g.Key.Precision)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Start)
            .First().Key;
        var onDate = members.Where(i => i.When == when).OrderBy(i => i.Key, StringComparer.Ordinal).ToArray();
        var lead = onDate.FirstOrDefault(i => i.Origin == DatedItemOrigin.Extracted) ?? onDate[0];
        var curated = members.Select(i => i.Event).FirstOrDefault(e => e is not null);
        var key = curated is not null ? "event:" + curated : onDate[0].Key;
        return new DatedEvent(key, when, lead, [.. members.OrderBy(i => i.When.Start).ThenBy(i => i.Key, StringComparer.Ordinal)]);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
