using System.Globalization;
using System.Text;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Commands;

/// <summary>
/// A command's options after reading: each value has its option's type (text, int, lead times, a tzdb zone id,
/// a time of day). Two commands with the same options compare equal, however they were typed.
/// </summary>
public sealed class CommandOptions : IEquatable<CommandOptions>
{
    private readonly SortedDictionary<string, object> _values;

    internal CommandOptions(SortedDictionary<string, object> values) => _values = values;

    public static CommandOptions None { get; } = new(new SortedDictionary<string, object>(StringComparer.Ordinal));

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>A text or topic option, trimmed with white space runs made single; null when not given.</summary>
    public string? Text(string name) => Get<string>(name);

    public int? Integer(string name) => _values.TryGetValue(name, out var value) ? (int)value : null;

    public IReadOnlyList<TimeSpan>? LeadTimes(string name) => Get<IReadOnlyList<TimeSpan>>(name);

    /// <summary>A time zone option as tzdb spells it ("Europe/Berlin").</summary>
    public string? TimeZone(string name) => Get<string>(name);

    public TimeOnly? TimeOfDay(string name) => _values.TryGetValue(name, out var value) ? (TimeOnly)value : null;

    public bool Equals(CommandOptions? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as CommandOptions);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>"hour=09:00; lead_times=7d,1d; time_zone=Europe/Berlin; topic=New START": names in order.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in _values)
        {
            text.Append(text.Length == 0 ? "" : "; ").Append(name).Append('=').Append(Format(value));
        }

        return text.ToString();
    }

    private static string Format(object value) => value switch
    {
        IReadOnlyList<TimeSpan> leads => LeadTimeFormatter.FormatList(leads),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private T? Get<T>(string name) where T : class => _values.TryGetValue(name, out var value) ? (T)value : null;
}
