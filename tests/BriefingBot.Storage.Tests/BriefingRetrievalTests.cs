using System.Text.RegularExpressions;
using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// What the reader noticed about retrieval on the bundled corpus: the words beside a topic count, acronyms are words,
/// quotes add to the summary, and the counts shown agree.
/// </summary>
public sealed partial class BriefingRetrievalTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private BriefingEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _engine = new BriefingEngine(_store.Articles);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Brief_TopicWithOtherWords_IsNotTheTopicAlone()
    {
        var topic = await _engine.BriefAsync("New START", CancellationToken.None);
        var withWords = await _engine.BriefAsync("New START Reuters Davos", CancellationToken.None);

        Assert.NotEqual(Shown(topic), Shown(withWords));
    }

    [Theory]
    [InlineData("Putin pizza")]
    [InlineData("Trump pizza")]
    [InlineData("New START pizza")]
    public async Task Brief_TopicOrNameWithAWordNoArticleHas_FindsNothing(string query)
    {
        var briefing = await _engine.BriefAsync(query, CancellationToken.None);

        Assert.False(briefing.Found);
    }

    [Fact]
    public async Task Brief_TopicWithAnotherWord_EveryShownSentenceHasThatWord()
    {
        var briefing = await _engine.BriefAsync("sanctions Congress", CancellationToken.None);

        Assert.True(briefing.Found);
        Assert.All(Shown(briefing), text => Assert.Contains("Congress", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_TypedAlias_SentencesWithThoseWordsComeFirst()
    {
        var briefing = await _engine.BriefAsync("arms control", CancellationToken.None);

        Assert.Contains("arms control", briefing.Summary[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_AcronymInCapitals_IsAWordAndMatchesOnlyInCapitals()
    {
        var briefing = await _engine.BriefAsync("US", CancellationToken.None);

        Assert.True(briefing.Found);
        Assert.All(Shown(briefing), text => Assert.Matches(UsInCapitals(), text));
    }

    [Theory]
    [MemberData(nameof(TopicNames))]
    public async Task Brief_AnyTopic_NoQuoteRepeatsASummarySentence(string topic)
    {
        var briefing = await _engine.BriefAsync(topic, CancellationToken.None);

        Assert.All(briefing.Quotes, quote => Assert.DoesNotContain(briefing.Summary, s => quote.Text.Contains(s.Text, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TopicNames))]
    public async Task Brief_AnyTopic_ArticleCountIsTheOneTopicsShowsAndCoversEverySource(string topic)
    {
        var briefing = await _engine.BriefAsync(topic, CancellationToken.None);
        var counts = await _store.Articles.GetTopicArticleCountsAsync(CancellationToken.None);

        Assert.Equal(counts[briefing.Topics.Single().Id], briefing.ArticleCount);
        var cited = briefing.Summary.Select(s => s.Source.ArticleId).Concat(briefing.Quotes.Select(q => q.Source.ArticleId)).Distinct().Count();
        Assert.True(cited <= briefing.ArticleCount, $"{cited} articles cited, {briefing.ArticleCount} counted");
    }

    [Fact]
    public async Task Brief_QuotationMarksInTheText_ArePassedThroughOnce()
    {
        var briefing = await _engine.BriefAsync("kindred spirit", CancellationToken.None);

        Assert.All(Shown(briefing), text => Assert.DoesNotContain("\"\"", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_RepeatedQuestion_IsAnsweredFromTheCacheUntilAnIngestChangesTheCorpus()
    {
        var first = await _engine.BriefAsync("New START", CancellationToken.None);
        var again = await _engine.BriefAsync("  new   START ", CancellationToken.None);
        Assert.Same(first, again);

        await File.AppendAllTextAsync(_store.ArticlePath("no-tariffs-just-trust"), "\nThe New START treaty was also discussed at length in Geneva.\n");
        await _store.IngestAsync();

        var after = await _engine.BriefAsync("New START", CancellationToken.None);
        Assert.NotSame(first, after);
    }

    [Fact]
    public async Task Search_StatementsOnly_NeverReturnsAReferenceEntryOrAQuestion()
    {
        var query = new SearchQuery([new SearchClause([["politico"]]), new SearchClause([["nato"]])], 1) { StatementsOnly = true };

        var hits = await _store.Articles.SearchAsync(query, 60, CancellationToken.None);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(Core.Text.Roles.SentenceRole.Statement, h.Role));
    }

    public static TheoryData<string> TopicNames()
    {
        var topics = TopicCatalogParser.Parse("topics.yaml", File.ReadAllText(Path.Combine(TestStore.RepositoryContent(), "topics.yaml")));
        return new TheoryData<string>(topics.Select(t => t.Name));
    }

    private static string[] Shown(Briefing briefing) =>
        [.. briefing.Summary.Select(s => s.Text), .. briefing.Quotes.Select(q => q.Text)];

    [GeneratedRegex(@"\bU\.?S\b")]
    private static partial Regex UsInCapitals();
}
