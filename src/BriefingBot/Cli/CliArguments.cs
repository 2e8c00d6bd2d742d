using System.Globalization;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The command line, split into the verb, its own flags and positional words, and the rest, which goes to
/// configuration (so <c>--Storage:Path x.db</c> or <c>--Content:Path=./content</c> work with every verb).
/// </summary>
public sealed class CliArguments
{
    public string? Verb { get; private init; }

    public IReadOnlyList<string> Positional { get; private init; } = [];

    public IReadOnlyDictionary<string, string?> Flags { get; private init; } = new Dictionary<string, string?>();

    public IReadOnlyList<string> ConfigurationArgs { get; private init; } = [];

    public bool Has(string flag) => Flags.ContainsKey(flag);

    public string? Value(string flag) => Flags.TryGetValue(flag, out var value) ? value : null;

    /// <summary>The verb and what System.CommandLine read for it, in the shape the verbs take.</summary>
    internal static CliArguments From(string? verb, System.CommandLine.ParseResult parse, BriefingBotCommands grammar, IReadOnlyList<string> settings)
    {
        var positional = new List<string>();
        var flags = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        switch (verb)
        {
            case "ask":
                positional.AddRange(parse.GetValue(grammar.AskText) ?? []);
                AddFlag(flags, "--json", parse.GetValue(grammar.Json) ? string.Empty : null);
                AddFlag(flags, "--as-of", parse.GetValue(grammar.AsOf));
                AddFlag(flags, "--out", parse.GetValue(grammar.Out));
                break;
            case "remind":
                AddFlag(flags, "--from", parse.GetValue(grammar.From));
                AddFlag(flags, "--to", parse.GetValue(grammar.To));
                break;
            case "backup":
                positional.Add(parse.GetValue(grammar.BackupFile) ?? string.Empty);
                break;
        }

        return new CliArguments { Verb = verb, Positional = positional, Flags = flags, ConfigurationArgs = settings };
    }

    private static void AddFlag(Dictionary<string, string?> flags, string name, string? value)
    {
        if (value is not null)
        {
            flags[name] = value.Length == 0 ? null : value;
        }
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
