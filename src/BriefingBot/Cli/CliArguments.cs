using System.Globalization;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The command line, split into the verb, its own flags and positional words, and the rest, which goes to
/// configuration (so <c>--Storage:Path x.db</c> or <c>--Content:Path=./content</c> work with every verb).
/// </summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> SwitchFlags = new(StringComparer.OrdinalIgnoreCase) { "--json", "--help", "-h" };
    private static readonly HashSet<string> ValueFlags = new(StringComparer.OrdinalIgnoreCase) { "--as-of", "--from", "--to", "--out" };

    public string? Verb { get; private init; }

    public IReadOnlyList<string> Positional { get; private init; } = [];

    public IReadOnlyDictionary<string, string?> Flags { get; private init; } = new Dictionary<string, string?>();

    public IReadOnlyList<string> ConfigurationArgs { get; private init; } = [];

    public bool Has(string flag) => Flags.ContainsKey(flag);

    public string? Value(string flag) => Flags.TryGetValue(flag, out var value) ? value : null;

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> verbs)
    {
        var index = 0;
        string? verb = null;
        if (args.Count > 0 && verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase))
        {
            verb = args[0].ToLowerInvariant();
            index = 1;
        }

        var positional = new List<string>();
        var flags = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var configuration = new List<string>();
        for (; index < args.Count; index++)
        {
            var arg = args[index];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            if (SwitchFlags.Contains(name))
            {
                flags[name.ToLowerInvariant()] = null;
            }
            else if (ValueFlags.Contains(name))
            {
                var value = equals > 0 ? arg[(equals + 1)..] : index + 1 < args.Count ? args[++index] : null;
                flags[name.ToLowerInvariant()] = value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                configuration.Add(arg);
                if (equals < 0 && index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    configuration.Add(args[++index]);
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new CliArguments { Verb = verb, Positional = positional, Flags = flags, ConfigurationArgs = configuration };
    }

    /// <summary>
    /// Reads an ISO-8601 date ("2026-01-20", meaning 00:00 UTC that day) or instant ("2026-01-20T09:30:00+01:00";
    /// without an offset it is UTC).
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant)
            && text.Contains('T', StringComparison.Ordinal);
    }
}
