using BriefingBot.Core.Briefing;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// <c>/topics</c> counts, for each topic, the articles that mention it in a statement. The counts are worked out from
/// the ids of matching sentences and each article's statement flags; these tests hold them to the plain definition,
/// a count of distinct articles among the matching statements.
/// </summary>
public sealed class TopicArticleCountsTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync(ingest: false);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task EveryBundledTopic_CountsTheArticlesWithAStatementThatMentionsIt()
    {
        await _store.IngestAsync();

        var counts = await _store.Articles.GetTopicArticleCountsAsync(CancellationToken.None);

        var topics = await _store.Articles.GetTopicsAsync(CancellationToken.None);
        Assert.Equal(topics.Count, counts.Count);
        foreach (var topic in topics)
        {
            Assert.True(counts[topic.Id] == await CountByDefinitionAsync(topic), $"{topic.Id}: {counts[topic.Id]}");
        }
    }

    [Fact]
    public async Task TopicNamedOnlyInAQuestionOrAHeading_IsNotCounted_AndAChangedArticleIsRecounted()
    {
        _store.UseArticles(
            ("a-question", TestStore.ArticleText("a-question", "## NATO\n\nWhat will NATO do next?\n\nThe weather was cold.")),
            ("b-statement", TestStore.ArticleText("b-statement", "What comes next?\n\nNATO leaders met in The Hague.")),
            ("c-elsewhere", TestStore.ArticleText("c-elsewhere", "The weather was warm. Is it spring?\n\nThe tariffs on steel rose to 25 percent in March.")));
        await _store.IngestAsync();

        Assert.Equal(1, (await _store.Articles.GetTopicArticleCountsAsync(CancellationToken.None))["nato"]);

        File.WriteAllText(_store.ArticlePath("a-question"), TestStore.ArticleText("a-question", "NATO allies agreed on spending."));
        await _store.IngestAsync();

        var counts = await _store.Articles.GetTopicArticleCountsAsync(CancellationToken.None);
        Assert.Equal(2, counts["nato"]);
        Assert.Equal(1, counts["tariffs-and-trade"]);
    }

    private async Task<long> CountByDefinitionAsync(Core.Content.Topic topic)
    {
        var fts = Fts5QueryWriter.Write(new SearchQuery([QueryAnalyzer.TopicClause(topic)], 1));
        return await _store.ScalarAsync(
            $"SELECT count(DISTINCT article_id) FROM sentences WHERE sentences MATCH '{fts.Replace("'", "''", StringComparison.Ordinal)}' AND role = 'Statement'");
    }
}
