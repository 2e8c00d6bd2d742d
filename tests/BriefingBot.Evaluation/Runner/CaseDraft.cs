using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BriefingBot.Evaluation.Runner;

/// <summary>A case being read: each key sets its value or records why it cannot (see <see cref="CaseReader"/>).</summary>
internal sealed class CaseDraft(string id)
{
    public string Id { get; } = id;

    public List<string> Problems { get; } = [];

    public DateTimeOffset? Now { get; private set; }

    private string? _why;
    private string? _ask;
    private AskChecks _checks = new();
    private IReadOnlyList<string> _subscribe = [];
    private DateTimeOffset? _until;
    private DateOnly? _remindersOn;
    private int? _count;

    public void Read(string key, YamlNode value)
    {
        switch (key)
        {
            case "id":
                break;
            case "why":
                _why = Text(key, value);
                break;
            case "now":
                Now = Instant(key, value);
                break;
            case "ask":
                _ask = Text(key, value);
                break;
            case "found":
                _checks = _checks with { Found = Boolean(key, value) };
                break;
            case "contains":
                _checks = _checks with { Contains = Strings(key, value) };
                break;
            case "contains_any":
                _checks = _checks with { ContainsAny = Strings(key, value) };
                break;
            case "not_contains":
                _checks = _checks with { NotContains = Strings(key, value) };
                break;
            case "cites":
                _checks = _checks with { Cites = Strings(key, value) };
                break;
            case "dates":
                _checks = _checks with { Dates = Dates(key, value) };
                break;
            case "not_dates":
                _checks = _checks with { NotDates = Dates(key, value) };
                break;
            case "one_entry_on":
                _checks = _checks with { OneEntryOn = Dates(key, value) };
                break;
            case "subscribe":
                _subscribe = Strings(key, value);
                break;
            case "until":
                _until = Instant(key, value);
                break;
            case "reminders_on":
                _remindersOn = Days(key, value) is [var day] ? day : null;
                break;
            case "count":
                _count = Count(key, value);
                break;
            default:
                Problems.Add($"unknown key '{key}'");
                break;
        }
    }

    public EvaluationCase Build(DateTimeOffset now) => new()
    {
        Id = Id,
        Why = _why,
        Now = now,
        Ask = _ask,
        Checks = _checks,
        Subscribe = _subscribe,
        Until = _until,
        RemindersOn = _remindersOn,
        Count = _count,
        Problems = Problems,
    };

    private string? Text(string key, YamlNode value)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        Problems.Add($"'{key}' must be a single value");
        return null;
    }

    private IReadOnlyList<string> Strings(string key, YamlNode value)
    {
        if (YamlValues.List(value) is { } list)
        {
            return list;
        }

        Problems.Add($"'{key}' must be a list of strings");
        return [];
    }

    private DateTimeOffset? Instant(string key, YamlNode value)
    {
        var text = Text(key, value);
        if (text is not null && YamlValues.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        Problems.Add($"'{key}' must be an instant such as 2026-01-20T12:00:00Z");
        return null;
    }

    private bool? Boolean(string key, YamlNode value)
    {
        if (bool.TryParse(Text(key, value), out var flag))
        {
            return flag;
        }

        Problems.Add($"'{key}' must be true or false");
        return null;
    }

    private int? Count(string key, YamlNode value)
    {
        if (int.TryParse(Text(key, value), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Problems.Add($"'{key}' must be a whole number");
        return null;
    }

    private DateOnly? NotOneDay(string key)
    {
        Problems.Add($"'{key}' must be one day (yyyy-MM-dd)");
        return null;
    }

    private IReadOnlyList<DateExpectation> Dates(string key, YamlNode value)
    {
        var dates = new List<DateExpectation>();
        foreach (var text in Strings(key, value))
        {
            if (DateExpectation.TryParse(text, out var date))
            {
                dates.Add(date);
            }
            else
            {
                Problems.Add($"'{key}': '{text}' is not yyyy-MM-dd, yyyy-MM or yyyy");
            }
        }

        return dates;
    }

    private List<DateOnly> Days(string key, YamlNode value)
    {
        var days = new List<DateOnly>();
        foreach (var text in Strings(key, value))
        {
            if (YamlValues.TryParseDay(text, out var day))
            {
                days.Add(day);
            }
            else
            {
                Problems.Add($"'{key}': '{text}' is not a day (yyyy-MM-dd)");
            }
        }

        return days;
    }
}
