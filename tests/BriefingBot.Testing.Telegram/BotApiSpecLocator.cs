namespace BriefingBot.Testing.Telegram;

/// <summary>
/// Finds specs/telegram/api.json: the path in <see cref="EnvironmentVariable"/> if set, else by walking up from the
/// test's output folder (and the current folder), trying at each level the repository's own copy <c>specs/…</c>, then
/// <c>shared/specs/…</c> and its sibling <c>../shared/specs/…</c> (the workplace's original, beside the repository).
/// </summary>
public static class BotApiSpecLocator
{
    /// <summary>Environment variable that names the spec file directly.</summary>
    public const string EnvironmentVariable = "BRIEFINGBOT_TELEGRAM_SPEC";

    private static readonly string[] RelativePaths =
    [
        Path.Combine("specs", "telegram", "api.json"),
        Path.Combine("shared", "specs", "telegram", "api.json"),
    ];

    /// <summary>The spec's full path; throws <see cref="FileNotFoundException"/> listing every place tried.</summary>
    public static string Find()
    {
        var tried = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            if (File.Exists(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }

            tried.Add($"{fromEnvironment} (from {EnvironmentVariable})");
        }

        foreach (var candidate in Candidates(AppContext.BaseDirectory).Concat(Candidates(Directory.GetCurrentDirectory())))
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }

            tried.Add(candidate);
        }

        throw new FileNotFoundException(
            $"Telegram Bot API spec (api.json) not found. Set {EnvironmentVariable} to its path, or restore specs/ in the repository " +
            $"the repository. Tried:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", tried.Distinct())}",
            "api.json");
    }

    private static IEnumerable<string> Candidates(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            foreach (var relative in RelativePaths)
            {
                yield return Path.Combine(folder.FullName, relative);
                if (folder.Parent is { } parent)
                {
                    yield return Path.Combine(parent.FullName, relative);
                }
            }
        }
    }
}
