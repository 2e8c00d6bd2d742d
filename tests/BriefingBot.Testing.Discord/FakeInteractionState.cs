using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>How an interaction was answered at the fake.</summary>
public sealed record FakeInteractionState(FakeInteraction Interaction)
{
    /// <summary>The callback type of the initial response, or null while unanswered.</summary>
    public int? ResponseType { get; init; }

    public JsonNode? ResponseData { get; init; }

    public DateTimeOffset? RespondedAt { get; init; }

    /// <summary>The original response message (type 4, a deferred type 5, or the component's message for 6/7).</summary>
    public ulong? OriginalMessageId { get; init; }
}
