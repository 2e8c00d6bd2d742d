namespace BriefingBot.Testing.Discord;

/// <summary>
/// Finds Discord's OpenAPI spec: the path in BRIEFINGBOT_DISCORD_SPEC, else walking up from the test's output folder and
/// trying the repository's <c>specs/discord/openapi.json</c>, <c>shared/specs/discord/openapi.json</c> and <c>../shared/specs/discord/openapi.json</c> at each level (the
/// repo lives at /work/main, the spec at /work/shared).
/// </summary>
public static class OpenApiSpecLocator
{
    public const string EnvironmentVariable = "BRIEFINGBOT_DISCORD_SPEC";
    private static readonly string[] Relative = [Path.Combine("specs", "discord", "openapi.json"), Path.Combine("shared", "specs", "discord", "openapi.json"), Path.Combine("..", "shared", "specs", "discord", "openapi.json")];

    public static string Find()
    {
        var tried = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            if (File.Exists(configured))
            {
                return Path.GetFullPath(configured);
            }

            tried.Add(configured);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var relative in Relative)
            {
                var candidate = Path.GetFullPath(Path.Combine(folder.FullName, relative));
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                tried.Add(candidate);
            }
        }

        throw new FileNotFoundException(
            $"Discord's OpenAPI spec was not found; set {EnvironmentVariable} or restore specs/discord/openapi.json in the repository. Tried: {string.Join(", ", tried.Distinct())}");
    }
}
