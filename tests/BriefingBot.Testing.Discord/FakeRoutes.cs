namespace BriefingBot.Testing.Discord;

/// <summary>
/// The REST routes the fake serves, as "METHOD template" with the templates of Discord's OpenAPI spec. Use them to
/// inject faults, set rate limits and find recorded requests.
/// </summary>
public static class FakeRoutes
{
    public const string GetGatewayBot = "GET /gateway/bot";
    public const string GetCurrentApplication = "GET /oauth2/applications/@me";
    public const string OverwriteGlobalCommands = "PUT /applications/{application_id}/commands";
    public const string OverwriteGuildCommands = "PUT /applications/{application_id}/guilds/{guild_id}/commands";
    public const string CreateInteractionResponse = "POST /interactions/{interaction_id}/{interaction_token}/callback";
    public const string EditOriginalResponse = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original";
    public const string CreateFollowupMessage = "POST /webhooks/{webhook_id}/{webhook_token}";
    public const string CreateMessage = "POST /channels/{channel_id}/messages";

    public static IReadOnlyList<string> All { get; } =
    [
        GetGatewayBot, GetCurrentApplication, OverwriteGlobalCommands, OverwriteGuildCommands,
        CreateInteractionResponse, EditOriginalResponse, CreateFollowupMessage, CreateMessage,
    ];

    /// <summary>The interaction endpoints: no bot token needed, and not counted against the global limit.</summary>
    public static bool IsInteractionEndpoint(string route) =>
        route is CreateInteractionResponse or EditOriginalResponse or CreateFollowupMessage;

    /// <summary>Matches a path below /api/v10 against a route; the values of its {parameters} come back unescaped.</summary>
    public static bool TryMatch(string method, string path, out string route, out IReadOnlyDictionary<string, string> values)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var candidate in All)
        {
            var space = candidate.IndexOf(' ', StringComparison.Ordinal);
            if (!string.Equals(candidate[..space], method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var template = candidate[(space + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (template.Length != segments.Length)
            {
                continue;
            }

            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < template.Length && matched; i++)
            {
                if (template[i].StartsWith('{'))
                {
                    found[template[i][1..^1]] = Uri.UnescapeDataString(segments[i]);
                }
                else
                {
                    matched = string.Equals(template[i], segments[i], StringComparison.Ordinal);
                }
            }

            if (matched)
            {
                route = candidate;
                values = found;
                return true;
            }
        }

        route = "";
        values = new Dictionary<string, string>();
        return false;
    }
}
