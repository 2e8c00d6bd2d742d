namespace BriefingBot.Discord.Rest;

/// <summary>
/// One REST call's route: the method and path template that key its rate limit, the top-level resource
/// ("major parameter") that splits it, and the concrete path. <see cref="Description"/> is safe to log; <see cref="Path"/>
/// and <see cref="MajorKey"/> may hold an interaction token and are never logged.
/// </summary>
internal sealed class DiscordRoute(
    HttpMethod method,
    string template,
    string path,
    string majorKey,
    string description,
    bool usesBotToken,
    bool boundByGlobalLimit,
    string? secret = null)
{
    public HttpMethod Method => method;

    /// <summary>The OpenAPI-style template, e.g. <c>/channels/{channel_id}/messages</c>.</summary>
    public string Template => template;

    /// <summary>The path below the API base URL, with escaped values and any query string.</summary>
    public string Path => path;

    /// <summary>The top-level resource the limit is counted against, e.g. <c>channel:123</c>.</summary>
    public string MajorKey => majorKey;

    /// <summary>Method and template plus the non-secret ids, e.g. <c>POST /channels/{channel_id}/messages (channel 123)</c>.</summary>
    public string Description => description;

    /// <summary>False for the interaction endpoints, which authenticate by the interaction token in the path.</summary>
    public bool UsesBotToken => usesBotToken;

    /// <summary>False for the interaction endpoints, which Discord does not count against the global limit.</summary>
    public bool BoundByGlobalLimit => boundByGlobalLimit;

    /// <summary>Method and template: routes with the same key share a rate-limit bucket (per major parameter).</summary>
    public string RouteKey => $"{method.Method} {template}";

    /// <summary>The interaction token in <see cref="Path"/>, if any: scrubbed from anything logged.</summary>
    public string? Secret => secret;

    public override string ToString() => description;
}
