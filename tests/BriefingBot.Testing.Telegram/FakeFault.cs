using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// A failure that <see cref="FakeBotApiServer"/> injects into its answer. Error faults answer with the real Bot API
/// envelope <c>{"ok":false,"error_code":N,"description":"...","parameters":{...}}</c> and HTTP status N.
/// Any fault can carry a <see cref="Delay"/> that the server waits before acting.
/// </summary>
public sealed record FakeFault
{
    /// <summary>The body that <see cref="FakeFaultKind.MalformedJson"/> answers with.</summary>
    public const string MalformedBody = """{"ok":tru""";

    private FakeFault(FakeFaultKind kind) => Kind = kind;

    /// <summary>What the server does.</summary>
    public FakeFaultKind Kind { get; }

    /// <summary>HTTP status and <c>error_code</c> of an error fault.</summary>
    public int ErrorCode { get; init; }

    /// <summary><c>description</c> of an error fault.</summary>
    public string Description { get; init; } = "";

    /// <summary><c>retry_after</c> in the error's <c>parameters</c>, when set.</summary>
    public int? RetryAfter { get; init; }

    /// <summary><c>migrate_to_chat_id</c> in the error's <c>parameters</c>, when set.</summary>
    public long? MigrateToChatId { get; init; }

    /// <summary>How long the server waits before acting (or, for <see cref="FakeFaultKind.Slow"/>, before answering normally).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Any error code and description.</summary>
    public static FakeFault Error(int errorCode, string description) =>
        new(FakeFaultKind.Error) { ErrorCode = errorCode, Description = description };

    /// <summary>429 flood control with <c>parameters.retry_after</c>.</summary>
    public static FakeFault TooManyRequests(int retryAfterSeconds) =>
        Error(429, $"Too Many Requests: retry after {retryAfterSeconds}") with { RetryAfter = retryAfterSeconds };

    /// <summary>409: a second getUpdates poller took over.</summary>
    public static FakeFault ConflictOtherPoller() =>
        Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    /// <summary>409: getUpdates while a webhook is set.</summary>
    public static FakeFault ConflictWebhookActive() =>
        Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");

    /// <summary>401: the token was revoked.</summary>
    public static FakeFault Unauthorized() => Error(401, "Unauthorized");

    /// <summary>403: the bot was removed from a supergroup.</summary>
    public static FakeFault KickedFromSupergroup() => Error(403, "Forbidden: bot was kicked from the supergroup chat");

    /// <summary>403: the bot was removed from a basic group.</summary>
    public static FakeFault KickedFromGroup() => Error(403, "Forbidden: bot was kicked from the group chat");

    /// <summary>403: the user blocked the bot.</summary>
    public static FakeFault BlockedByUser() => Error(403, "Forbidden: bot was blocked by the user");

    /// <summary>400: the group became a supergroup; <c>parameters.migrate_to_chat_id</c> is its new id.</summary>
    public static FakeFault GroupMigrated(long newChatId) =>
        Error(400, "Bad Request: group chat was upgraded to a supergroup chat") with { MigrateToChatId = newChatId };

    /// <summary>400: Telegram could not parse the HTML or MarkdownV2 markup.</summary>
    public static FakeFault CantParseEntities(string detail = "Unsupported start tag \"foo\" at byte offset 0") =>
        Error(400, $"Bad Request: can't parse entities: {detail}");

    /// <summary>400: text longer than 4096 characters after entity parsing.</summary>
    public static FakeFault MessageTooLong() => Error(400, "Bad Request: message is too long");

    /// <summary>400: the chat does not exist (or the bot never saw it).</summary>
    public static FakeFault ChatNotFound() => Error(400, "Bad Request: chat not found");

    /// <summary>A 5xx answer in the Bot API envelope; 502 Bad Gateway by default.</summary>
    public static FakeFault ServerError(int errorCode = 502, string description = "Bad Gateway") => Error(errorCode, description);

    /// <summary>Answers normally, after <paramref name="delay"/>.</summary>
    public static FakeFault Slow(TimeSpan delay) => new(FakeFaultKind.Slow) { Delay = delay };

    /// <summary>Aborts the connection without an answer.</summary>
    public static FakeFault DropConnection() => new(FakeFaultKind.DropConnection);

    /// <summary>Answers 200 with the truncated body <see cref="MalformedBody"/>.</summary>
    public static FakeFault MalformedJson() => new(FakeFaultKind.MalformedJson);

    /// <summary>The error's <c>parameters</c> object (ResponseParameters), or null when it has none.</summary>
    public JsonObject? ToResponseParameters()
    {
        if (RetryAfter is null && MigrateToChatId is null)
        {
            return null;
        }

        var parameters = new JsonObject();
        if (MigrateToChatId is { } chatId)
        {
            parameters["migrate_to_chat_id"] = chatId;
        }

        if (RetryAfter is { } seconds)
        {
            parameters["retry_after"] = seconds;
        }

        return parameters;
    }

    /// <inheritdoc/>
    public override string ToString() => Kind == FakeFaultKind.Error ? $"{ErrorCode} {Description}" : Kind.ToString();
}
