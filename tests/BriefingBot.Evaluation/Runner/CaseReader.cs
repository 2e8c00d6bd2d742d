using YamlDotNet.RepresentationModel;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// Reads one entry of <c>cases:</c>. Never throws for what the entry says: unknown keys, values of the wrong shape,
/// a case that is neither an ask nor a subscribe case, all become <see cref="EvaluationCase.Problems"/>.
/// </summary>
internal static class CaseReader
{
    private static readonly string[] AskKeys = ["found", "contains", "contains_any", "not_contains", "cites", "dates", "not_dates", "one_entry_on"];
    private static readonly string[] ReminderKeys = ["until", "reminders_on", "count"];

    public static EvaluationCase Read(YamlNode node, int index, DateTimeOffset? fileNow)
    {
        var fallbackId = $"case #{index + 1}";
        if (node is not YamlMappingNode map)
        {
            return new EvaluationCase { Id = fallbackId, Problems = ["a case must be a mapping of keys to values"] };
        }

        var draft = new CaseDraft(YamlValues.Scalar(map, "id") is { Length: > 0 } id ? id : fallbackId);
        if (draft.Id == fallbackId)
        {
            draft.Problems.Add("'id' is required");
        }

        foreach (var (keyNode, value) in map.Children)
        {
            draft.Read(YamlValues.KeyOf(keyNode), value);
        }

        return Finish(draft, map, fileNow);
    }

    private static EvaluationCase Finish(CaseDraft draft, YamlMappingNode map, DateTimeOffset? fileNow)
    {
        var keys = map.Children.Keys.Select(YamlValues.KeyOf).ToHashSet(StringComparer.Ordinal);
        var now = draft.Now ?? fileNow;
        if (now is null)
        {
            draft.Problems.Add("no 'now': set it on the file or on the case");
        }

        var isAsk = keys.Contains("ask");
        var isReminder = keys.Contains("subscribe");
        if (isAsk == isReminder)
        {
            draft.Problems.Add("a case has either 'ask' (with checks) or 'subscribe' (with until, reminders_on and count)");
        }
        else if (isAsk && ReminderKeys.FirstOrDefault(keys.Contains) is { } reminderKey)
        {
            draft.Problems.Add($"'{reminderKey}' belongs to subscribe cases, not to an ask case");
        }
        else if (isReminder)
        {
            if (AskKeys.FirstOrDefault(keys.Contains) is { } askKey)
            {
                draft.Problems.Add($"'{askKey}' belongs to ask cases, not to a subscribe case");
            }

            draft.Problems.AddRange(ReminderKeys.Where(k => !keys.Contains(k)).Select(k => $"a subscribe case needs '{k}'"));
        }

        return draft.Build(now ?? default);
    }
}
