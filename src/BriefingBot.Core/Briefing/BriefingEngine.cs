using BriefingBot.Core.Content;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>The answer to "brief me on X", made only of corpus sentences.</summary>
public sealed record Briefing(
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<QuoteView> Quotes,
    int ArticleCount,
    IReadOnlyList<Topic> Suggestions)
{
    public bool Found => Summary.Count > 0 || Quotes.Count > 0;
}

/// <summary>
/// Free text in, a briefing out: analyse the query (topics and words), retrieve ranked sentences (BM25),
/// pick a short, varied summary and a few verbatim quotes, each tied to its article. When nothing clears the
/// relevance floor, suggest up to three topics instead.
/// </summary>
public sealed class BriefingEngine(IArticleStore store)
{
    public const int CandidateCount = 60;
    public const int MaxSuggestions = 3;

    private TopicMatcher? _matcher;

    public async Task<Briefing> BriefAsync(string text, CancellationToken cancellationToken)
    {
        var topics = await store.GetTopicsAsync(cancellationToken);
        var matcher = _matcher is { } cached && ReferenceEquals(cached.Topics, topics) ? cached : _matcher = new TopicMatcher(topics);
        var query = new QueryAnalyzer(matcher).Analyse(text);
        var hits = query.Search.IsEmpty
            ? []
            : await store.SearchAsync(query.Search, CandidateCount, cancellationToken);

        if (hits.Count == 0)
        {
            return new Briefing(query.Topics, [], [], 0, Suggest(matcher, text, query));
        }

        var summaryHits = SummaryComposer.Compose(hits);
        var quoteHits = QuoteSelector.Select(hits, summaryHits);
        var articleIds = summaryHits.Select(h => h.ArticleId).Concat(quoteHits.Select(q => q.Hit.ArticleId)).Distinct().ToArray();
        var articles = await store.GetArticlesAsync(articleIds, cancellationToken);

        var summary = summaryHits
            .Where(h => articles.ContainsKey(h.ArticleId))
            .Select(h => new SummarySentence(h.Text, SourceRef.From(articles[h.ArticleId])))
            .ToArray();
        var quotes = quoteHits
            .Where(q => articles.ContainsKey(q.Hit.ArticleId))
            .Select(q => new QuoteView(q.Passage, SourceRef.From(articles[q.Hit.ArticleId])))
            .ToArray();
        return new Briefing(query.Topics, summary, quotes, summaryHits.Select(h => h.ArticleId).Distinct().Count(), []);
    }

    private static IReadOnlyList<Topic> Suggest(TopicMatcher matcher, string text, AnalysedQuery query)
    {
        var similar = matcher.Suggest(text, MaxSuggestions);
        if (similar.Count > 0)
        {
            return similar;
        }

        // Nothing resembles the words: offer the first curated topics, which the catalogue lists by importance.
        return [.. matcher.Topics.Where(t => !query.Topics.Contains(t)).Take(MaxSuggestions)];
    }
}
