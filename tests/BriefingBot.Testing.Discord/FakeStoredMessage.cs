using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>A message the fake holds, as it would return it (<see cref="Json"/>), with how it was made.</summary>
public sealed record FakeStoredMessage(ulong Id, ulong ChannelId, FakeMessageKind Kind, ulong? InteractionId, string? Nonce, DateTimeOffset CreatedAt, int Edits, JsonObject Json)
{
    public string? Content => Json["content"]?.GetValue<string>();
}
