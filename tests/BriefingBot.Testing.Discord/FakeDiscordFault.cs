namespace BriefingBot.Testing.Discord;

/// <summary>A failure for the fake to answer with instead of (or, for <see cref="Slow"/>, besides) the normal reply.</summary>
public sealed record FakeDiscordFault(FakeDiscordFaultKind Kind, int StatusCode = 0, int Code = 0, string Message = "", double RetryAfter = 0, string Scope = "user", TimeSpan Delay = default)
{
    /// <summary>429 for the route's bucket, with X-RateLimit-* headers, Retry-After and <c>{"retry_after", "global": false}</c>.</summary>
    public static FakeDiscordFault RateLimited(double retryAfterSeconds, string scope = "user") =>
        new(FakeDiscordFaultKind.RouteRateLimit, 429, 0, scope == "shared" ? "The resource is being rate limited." : "You are being rate limited.", retryAfterSeconds, scope);

    /// <summary>429 with <c>X-RateLimit-Global: true</c>, <c>X-RateLimit-Scope: global</c> and <c>"global": true</c>.</summary>
    public static FakeDiscordFault GlobalRateLimited(double retryAfterSeconds) =>
        new(FakeDiscordFaultKind.GlobalRateLimit, 429, 0, "You are being rate limited.", retryAfterSeconds, "global");

    public static FakeDiscordFault ServerError(int statusCode = 500) =>
        new(FakeDiscordFaultKind.Error, statusCode, 0, statusCode == 502 ? "502: Bad Gateway" : "500: Internal Server Error");

    public static FakeDiscordFault Unauthorized() => new(FakeDiscordFaultKind.Error, 401, 0, "401: Unauthorized");

    public static FakeDiscordFault Forbidden(int code = 50013, string message = "Missing Permissions") => new(FakeDiscordFaultKind.Error, 403, code, message);

    public static FakeDiscordFault NotFound(int code = 10003, string message = "Unknown Channel") => new(FakeDiscordFaultKind.Error, 404, code, message);

    /// <summary>400 with code 50035 and a nested <c>errors</c> object for <paramref name="field"/> (a dotted path such as embeds.0.title).</summary>
    public static FakeDiscordFault InvalidFormBody(string field = "content", string errorCode = "BASE_TYPE_MAX_LENGTH", string errorMessage = "Must be 2000 or fewer in length.") =>
        new(FakeDiscordFaultKind.Error, 400, 50035, "Invalid Form Body") { Field = field, FieldErrorCode = errorCode, FieldErrorMessage = errorMessage };

    public static FakeDiscordFault Slow(TimeSpan delay) => new(FakeDiscordFaultKind.Slow, Delay: delay);

    public static FakeDiscordFault Drop() => new(FakeDiscordFaultKind.Drop);

    public string? Field { get; init; }

    public string? FieldErrorCode { get; init; }

    public string? FieldErrorMessage { get; init; }
}
