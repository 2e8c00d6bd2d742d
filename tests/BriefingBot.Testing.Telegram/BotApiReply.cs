using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>An answer in the Bot API envelope, with the HTTP status Telegram uses for it (the error code).</summary>
internal sealed record BotApiReply(int StatusCode, JsonObject Body)
{
    public static BotApiReply Ok(JsonNode? result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

    public static BotApiReply Error(int errorCode, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return new BotApiReply(errorCode, body);
    }

    public static BotApiReply From(FakeFault fault) => Error(fault.ErrorCode, fault.Description, fault.ToResponseParameters());

    public static BotApiReply BadRequest(string detail) => Error(400, $"Bad Request: {detail}");

    public static BotApiReply NotFound() => Error(404, "Not Found: method not found");

    public static BotApiReply Unauthorized() => Error(401, "Unauthorized");
}
