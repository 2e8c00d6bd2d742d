namespace BriefingBot.Discord.Rest;

/// <summary>The routes the bot calls, built with escaped path values.</summary>
internal static class DiscordRoutes
{
    public static DiscordRoute GatewayBot() =>
        new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "", "GET /gateway/bot", usesBotToken: true, boundByGlobalLimit: true);

    public static DiscordRoute CurrentApplication() =>
        new(HttpMethod.Get, "/oauth2/applications/@me", "/oauth2/applications/@me", "", "GET /oauth2/applications/@me", true, true);

    public static DiscordRoute GlobalCommands(ulong applicationId) =>
        new(HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{applicationId}/commands", "",
            $"PUT /applications/{{application_id}}/commands (application {applicationId})", true, true);

    public static DiscordRoute GuildCommands(ulong applicationId, ulong guildId) =>
        new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{applicationId}/guilds/{guildId}/commands",
            $"guild:{guildId}", $"PUT /applications/{{application_id}}/guilds/{{guild_id}}/commands (guild {guildId})", true, true);

    public static DiscordRoute ChannelMessages(ulong channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages",
            $"channel:{channelId}", $"POST /channels/{{channel_id}}/messages (channel {channelId})", true, true);

    public static DiscordRoute InteractionCallback(ulong interactionId, string interactionToken) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"/interactions/{interactionId}/{Escape(interactionToken)}/callback", $"interaction:{interactionId}",
            $"POST /interactions/{{interaction_id}}/{{interaction_token}}/callback (interaction {interactionId})", false, false, interactionToken);

    public static DiscordRoute OriginalResponse(ulong applicationId, string interactionToken) =>
        new(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            $"/webhooks/{applicationId}/{Escape(interactionToken)}/messages/@original", $"webhook:{applicationId}:{interactionToken}",
            $"PATCH /webhooks/{{webhook_id}}/{{webhook_token}}/messages/@original (application {applicationId})", false, false, interactionToken);

    public static DiscordRoute Followup(ulong applicationId, string interactionToken) =>
        new(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}",
            $"/webhooks/{applicationId}/{Escape(interactionToken)}", $"webhook:{applicationId}:{interactionToken}",
            $"POST /webhooks/{{webhook_id}}/{{webhook_token}} (application {applicationId})", false, false, interactionToken);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
