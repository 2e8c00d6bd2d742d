namespace BriefingBot.Testing.Discord;

/// <summary>What an injected fault does.</summary>
public enum FakeDiscordFaultKind
{
    /// <summary>Answers with <see cref="FakeDiscordFault.StatusCode"/> and an error body.</summary>
    Error,

    /// <summary>A 429 for the route's bucket (scope user or shared); the bucket stays exhausted for retry_after.</summary>
    RouteRateLimit,

    /// <summary>A global 429; every route but the interaction endpoints gets 429 until retry_after has passed.</summary>
    GlobalRateLimit,

    /// <summary>Handles the request as usual, then holds the answer back for <see cref="FakeDiscordFault.Delay"/>.</summary>
    Slow,

    /// <summary>Closes the connection without an answer.</summary>
    Drop,
}
