using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Ports;

/// <summary>The searchable corpus: articles, their sentences, and the curated topics.</summary>
public interface IArticleStore
{
    /// <summary>Sentences matching the query, most relevant first.</summary>
    Task<IReadOnlyList<SentenceHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Every article, newest first, with how many sentences it has.</summary>
    Task<IReadOnlyList<ArticleListing>> ListArticlesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Topic>> GetTopicsAsync(CancellationToken cancellationToken);

    /// <summary>For each topic id, how many articles mention the topic (counted at ingest, by the same search a brief uses).</summary>
    Task<IReadOnlyDictionary<string, int>> GetTopicArticleCountsAsync(CancellationToken cancellationToken);

    /// <summary>A number that changes whenever an ingest changes the corpus, in any process.</summary>
    Task<long> GetCorpusVersionAsync(CancellationToken cancellationToken);
}

public sealed record ArticleListing(ArticleMetadata Metadata, int SentenceCount);
