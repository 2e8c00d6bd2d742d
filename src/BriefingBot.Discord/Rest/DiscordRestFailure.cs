namespace BriefingBot.Discord.Rest;

/// <summary>
/// Why a REST call did not succeed. The kinds say what to do next: wait (<see cref="RateLimited"/>), try again later
/// (<see cref="Transient"/>), fix the request (<see cref="Rejected"/>), stop using a channel (<see cref="Unavailable"/>),
/// fix the token (<see cref="Unauthorized"/>). None of them carries a token.
/// </summary>
public abstract record DiscordRestFailure
{
    private DiscordRestFailure()
    {
    }

    /// <summary>A 429 that was too long to wait out, or still there after the retries; send again after <paramref name="RetryAfter"/>.</summary>
    /// <param name="Scope">"user", "global", "shared", or "bucket" when the client held the call back without sending it.</param>
    public sealed record RateLimited(TimeSpan RetryAfter, bool Global, string? Scope) : DiscordRestFailure;

    /// <summary>A 5xx, a timeout or a network error: the request may or may not have been carried out.</summary>
    public sealed record Transient(string Reason, int? StatusCode) : DiscordRestFailure;

    /// <summary>A 4xx that says the request is wrong (e.g. 50035 Invalid Form Body); sending it again will not help.</summary>
    public sealed record Rejected(int StatusCode, int Code, string Message, IReadOnlyList<string> FieldErrors) : DiscordRestFailure
    {
        public override string ToString() =>
            $"Rejected {{ StatusCode = {StatusCode}, Code = {Code}, Message = {Message}, FieldErrors = [{string.Join("; ", FieldErrors)}] }}";
    }

    /// <summary>The channel is gone or the bot may not see or post in it (10003 Unknown Channel, 50001 Missing Access, 50013 Missing Permissions).</summary>
    public sealed record Unavailable(int StatusCode, int Code, string Message) : DiscordRestFailure;

    /// <summary>401: the bot token was rejected. Further calls that need it fail like this without being sent.</summary>
    public sealed record Unauthorized(string Message) : DiscordRestFailure;

    /// <summary>Another 403.</summary>
    public sealed record Forbidden(int Code, string Message) : DiscordRestFailure;

    /// <summary>Another 404, e.g. 10062 Unknown Interaction (answered too late) or 10008 Unknown Message.</summary>
    public sealed record NotFound(int Code, string Message) : DiscordRestFailure;

    /// <summary>A success status whose body could not be read.</summary>
    public sealed record InvalidResponse(int StatusCode, string Reason) : DiscordRestFailure;
}
