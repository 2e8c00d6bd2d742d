using System.Text.Json;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Gateway;

/// <summary>A dispatch (op 0) as received, in order. INTERACTION_CREATE comes with <see cref="Interaction"/> parsed.</summary>
public sealed class GatewayDispatch
{
    /// <summary>The event name (<c>t</c>), e.g. READY, RESUMED, INTERACTION_CREATE.</summary>
    public required string EventName { get; init; }

    /// <summary>The sequence number (<c>s</c>).</summary>
    public required long Sequence { get; init; }

    /// <summary>The event data (<c>d</c>).</summary>
    public required JsonElement Data { get; init; }

    /// <summary>When it arrived, on the client's clock.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// <see cref="TimeProvider.GetTimestamp"/> when it arrived: measure the 3 s interaction deadline from this (a
    /// monotonic local clock) rather than from the snowflake's time, which depends on the local wall clock being right.
    /// </summary>
    public required long ReceivedTimestamp { get; init; }

    /// <summary>The interaction of an INTERACTION_CREATE; null for other events (or if it could not be read).</summary>
    public DiscordInteraction? Interaction { get; init; }
}
