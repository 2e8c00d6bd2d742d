namespace BriefingBot.Evaluation.Runner;

/// <summary>Runs an ask case's checks on its reply; each failed check is one line naming the check and what was seen.</summary>
public static class AskCheckEvaluator
{
    public static IReadOnlyList<string> Failures(AskChecks checks, ReplyFacts reply)
    {
        var failures = new List<string>();
        if (checks.Found is { } found && found != reply.FoundSomething)
        {
            failures.Add(found
                ? "found: expected summary sentences, quotes or dated items; the reply has none"
                : $"found: expected nothing found; the reply has {reply.Reply.Summary.Count} summary sentence(s), {reply.Reply.Quotes.Count} quote(s), {reply.Items.Count} dated item(s)");
        }

        failures.AddRange(checks.Contains.Where(p => !reply.Says(p)).Select(p => $"contains: \"{p}\" is not in the reply"));
        if (checks.ContainsAny.Count > 0 && !checks.ContainsAny.Any(reply.Says))
        {
            failures.Add($"contains_any: none of {Quoted(checks.ContainsAny)} is in the reply");
        }

        failures.AddRange(checks.NotContains.Where(reply.Says).Select(p => $"not_contains: \"{p}\" is in the reply"));
        failures.AddRange(checks.Cites.Where(id => !reply.Sources.Contains(id))
            .Select(id => $"cites: nothing in the reply comes from '{id}' (sources: {Listed(reply.Sources)})"));
        var shown = Listed(reply.Items.Select(i => i.When.ToIsoString()));
        failures.AddRange(checks.Dates.Where(d => !reply.Items.Any(i => d.Matches(i.When)))
            .Select(d => $"dates: no dated item on {d} (items: {shown})"));
        failures.AddRange(checks.NotDates.Where(d => reply.Items.Any(i => d.Matches(i.When)))
            .Select(d => $"not_dates: a dated item is on {d}"));
        foreach (var date in checks.OneEntryOn)
        {
            // A day is matched by day items only; a month or a year also by finer items inside it, so one event shown
            // both as "September 2027" and as a day in September counts twice.
            var count = reply.Items.Count(i => date.Matches(i.When));
            if (count != 1)
            {
                failures.Add($"one_entry_on: {count} dated items on {date}, expected exactly 1");
            }
        }

        return failures;
    }

    private static string Quoted(IEnumerable<string> phrases) => string.Join(", ", phrases.Select(p => $"\"{p}\""));

    private static string Listed(IEnumerable<string> values) => values.Any() ? string.Join(", ", values.Distinct()) : "none";
}
