using System.Text.Json;

namespace BriefingBot.Discord.Gateway;

/// <summary>A received gateway payload: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set for dispatches only.</summary>
internal sealed class GatewayPayload
{
    public int Op { get; init; }

    public JsonElement? D { get; init; }

    public long? S { get; init; }

    public string? T { get; init; }
}
