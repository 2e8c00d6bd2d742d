using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>What the fake answers: a status, a JSON body (null for 204) and extra headers.</summary>
internal sealed record FakeReply(int StatusCode, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeReply Ok(JsonNode body) => new(200, body);

    public static FakeReply NoContent() => new(204, null);

    public static FakeReply Error(int statusCode, int code, string message) =>
        new(statusCode, new JsonObject { ["message"] = message, ["code"] = code });
}
