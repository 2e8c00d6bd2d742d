using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Content;

/// <summary>What the front matter of a content file says about its article.</summary>
public sealed record ArticleMetadata(
    string Id,
    string Title,
    string? Publisher,
    string? Site,
    string? Author,
    DateSpan Published,
    string? Url);
