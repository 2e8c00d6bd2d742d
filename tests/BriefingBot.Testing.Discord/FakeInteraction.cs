using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>An interaction the fake issued: the INTERACTION_CREATE <c>d</c> (<see cref="Json"/>) and what the fake checks answers against.</summary>
public sealed record FakeInteraction(ulong Id, string Token, int Type, ulong? GuildId, ulong ChannelId, DateTimeOffset CreatedAt, JsonObject Json)
{
    /// <summary>The id of the message a component interaction came from.</summary>
    public ulong? MessageId { get; init; }
}
