using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// One request as the fake received it. Header values are kept except Authorization, recorded as
/// <c>Bot [redacted]</c>; <see cref="Authorization"/> says whether it held the right token.
/// </summary>
public sealed class RecordedDiscordRequest
{
    public required long Sequence { get; init; }

    /// <summary>On the server's clock.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    public required string HttpMethod { get; init; }

    /// <summary>The full path, e.g. /api/v10/channels/123/messages.</summary>
    public required string Path { get; init; }

    /// <summary>The query string without '?', or "".</summary>
    public required string Query { get; init; }

    /// <summary>The matched route (a <see cref="FakeRoutes"/> constant), or null for an unknown path.</summary>
    public required string? Route { get; init; }

    /// <summary>The route's {parameters}, unescaped.</summary>
    public required IReadOnlyDictionary<string, string> RouteValues { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required AuthorizationKind Authorization { get; init; }

    public required string? ContentType { get; init; }

    /// <summary>The JSON body, or for multipart the parsed <c>payload_json</c>; null when there was none.</summary>
    public required JsonNode? Json { get; init; }

    /// <summary>The multipart parts (including payload_json), or empty.</summary>
    public required IReadOnlyList<RecordedPart> Parts { get; init; }

    /// <summary>The fault the request used up, if any.</summary>
    public FakeDiscordFault? Fault { get; init; }

    /// <summary>The status the fake answered with (0 while it has not answered or when it dropped the connection).</summary>
    public int StatusCode { get; internal set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"#{Sequence} {HttpMethod} {Route ?? Path} -> {StatusCode}";
}
