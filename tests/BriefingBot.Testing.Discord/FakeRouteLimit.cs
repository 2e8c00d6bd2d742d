namespace BriefingBot.Testing.Discord;

/// <summary>A route's rate limit at the fake: <see cref="Limit"/> requests per <see cref="Window"/> per top-level resource, in <see cref="Bucket"/>.</summary>
public sealed record FakeRouteLimit(int Limit, TimeSpan Window, string Bucket);
