using BriefingBot.Core.Content;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>The answer to "brief me on X", made only of corpus sentences.</summary>
/// <param name="ArticleCount">
/// How many articles the briefing speaks for: for a question that only names topics, how many articles mention them
/// (the number <c>/topics</c> shows); otherwise how many articles its summary and quotes come from.
/// </param>
public sealed record Briefing(
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<QuoteView> Quotes,
    int ArticleCount,
    IReadOnlyList<Topic> Suggestions)
{
    /// <summary>Words the user typed besides the topics they named.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public bool Found => Summary.Count > 0 || Quotes.Count > 0;
}

/// <summary>
/// Free text in, a briefing out: analyse the query (topics and words), retrieve ranked sentences tier by tier
/// (<see cref="SentenceRetriever"/>), compose a summary of statements and quotes that add to it, each tied to its
/// article. When nothing clears the relevance floor, suggest up to three topics instead. Answers are cached by the
/// normalised question and the corpus version, so a repeated question costs a version read (benchmarks measure a
/// cold answer with <c>cacheAnswers: false</c>).
/// </summary>
public sealed class BriefingEngine(IArticleStore store, bool cacheAnswers = true)
{
    public const int CandidateCount = SentenceRetriever.CandidateCount;
    public const int MaxSuggestions = 3;

    private readonly BriefingCache? _cache = cacheAnswers ? new() : null;
    private TopicMatcher? _matcher;

    public async Task<Briefing> BriefAsync(string text, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            return await ComposeAsync(text, cancellationToken);
        }

        var version = await store.GetCorpusVersionAsync(cancellationToken);
        var key = BriefingCache.KeyOf(text);
        if (_cache.TryGet(key, version, out var cached))
        {
            return cached;
        }

        var briefing = await ComposeAsync(text, cancellationToken);
        _cache.Set(key, version, briefing);
        return briefing;
    }

    private async Task<Briefing> ComposeAsync(string text, CancellationToken cancellationToken)
    {
        var topics = await store.GetTopicsAsync(cancellationToken);
        var matcher = _matcher is { } known && ReferenceEquals(known.Topics, topics) ? known : _matcher = new TopicMatcher(topics);
        var query = new QueryAnalyzer(matcher).Analyse(text);
        var retriever = new SentenceRetriever(store);
        var hits = await retriever.RetrieveAsync(query, cancellationToken);
        var (summaryHits, quoteHits) = Compose(hits);
        if (summaryHits.Count + quoteHits.Count == 0)
        {
            // No statement will do (none matches, or those that do are too short): list entries may still be quoted.
            hits = await retriever.RetrieveAnyAsync(query, cancellationToken);
            (summaryHits, quoteHits) = Compose(hits);
        }

        if (summaryHits.Count + quoteHits.Count == 0)
        {
            return new Briefing(query.Topics, [], [], 0, Suggest(matcher, text, query)) { Terms = query.Terms };
        }

        var cited = summaryHits.Select(h => h.ArticleId).Concat(quoteHits.Select(q => q.Hit.ArticleId)).Distinct().ToArray();
        var articles = await store.GetArticlesAsync(cited, cancellationToken);

        var summary = summaryHits
            .Where(h => articles.ContainsKey(h.ArticleId))
            .Select(h => new SummarySentence(h.Text, SourceRef.From(articles[h.ArticleId])))
            .ToArray();
        var quotes = quoteHits
            .Where(q => articles.ContainsKey(q.Hit.ArticleId))
            .Select(q => new QuoteView(q.Passage, SourceRef.From(articles[q.Hit.ArticleId])))
            .ToArray();
        var count = await ArticleCountAsync(query, cited.Length, cancellationToken);
        return new Briefing(query.Topics, summary, quotes, count, []) { Terms = query.Terms };
    }

    /// <summary>The summary, and quotes that add to it; with few statements the summary leaves one for a quote.</summary>
    private static (IReadOnlyList<SentenceHit> Summary, IReadOnlyList<SelectedQuote> Quotes) Compose(IReadOnlyList<SentenceHit> hits)
    {
        var summaryHits = SummaryComposer.Compose(hits);
        var quoteHits = QuoteSelector.Select(hits, summaryHits);
        while (quoteHits.Count == 0 && summaryHits.Count > 2)
        {
            summaryHits = summaryHits.Take(summaryHits.Count - 1).ToArray();
            quoteHits = QuoteSelector.Select(hits, summaryHits);
        }

        return (summaryHits, quoteHits);
    }

    /// <summary>For one named topic and nothing else, the count <c>/topics</c> shows; otherwise the articles cited.</summary>
    private async Task<int> ArticleCountAsync(AnalysedQuery query, int cited, CancellationToken cancellationToken)
    {
        if (query is { IsTopicsOnly: true, Topics.Count: 1 })
        {
            var counts = await store.GetTopicArticleCountsAsync(cancellationToken);
            if (counts.TryGetValue(query.Topics[0].Id, out var count) && count >= cited)
            {
                return count;
            }
        }

        return cited;
    }

    private static IReadOnlyList<Topic> Suggest(TopicMatcher matcher, string text, AnalysedQuery query)
    {
        // Topics were named but the other words found nothing with them: the topic alone is the best next try.
        if (query.Topics.Count > 0 && query.Terms.Count > 0)
        {
            return query.Topics;
        }

        var similar = matcher.Suggest(text, MaxSuggestions);
        if (similar.Count > 0)
        {
            return similar;
        }

        // Nothing resembles the words: offer the first curated topics, which the catalogue lists by importance.
        return [.. matcher.Topics.Take(MaxSuggestions)];
    }
}
