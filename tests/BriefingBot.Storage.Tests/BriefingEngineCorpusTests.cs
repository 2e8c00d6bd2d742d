using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;

namespace BriefingBot.Storage.Tests;

/// <summary>The briefing engine on the bundled corpus in a real SQLite store.</summary>
public sealed class BriefingEngineCorpusTests : IAsyncLifetime
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
    public async Task Brief_NewStart_GivesTheExpiryDateVerbatimWithItsSource()
    {
        var briefing = await _engine.BriefAsync("New START", CancellationToken.None);

        var shown = briefing.Summary.Select(s => (s.Text, s.Source)).Concat(briefing.Quotes.Select(q => (q.Text, q.Source)));
        var (text, source) = Assert.Single(shown, s => s.Text.Contains("February 4, 2026", StringComparison.Ordinal));
        Assert.Equal("trump-putin-news-what-people-get-wrong", source.ArticleId);
        Assert.Equal("Donald Trump and Vladimir Putin News: What Most People Get Wrong", source.Title);
        Assert.Contains(text, ArticleBody(source.ArticleId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("New START")]
    [InlineData("sanctions")]
    [InlineData("Alaska summit")]
    [InlineData("shadow fleet tankers")]
    [InlineData("Venezuela")]
    public async Task Brief_KnownTopic_SummaryIsShortVerbatimAndAttributed(string topic)
    {
        var briefing = await _engine.BriefAsync(topic, CancellationToken.None);

        Assert.InRange(briefing.Summary.Count, 2, 4);
        Assert.True(briefing.Summary.Sum(s => s.Text.Length + 1) <= SummaryComposer.MaxCharacters);
        foreach (var sentence in briefing.Summary)
        {
            Assert.Contains(sentence.Text, ArticleBody(sentence.ArticleId), StringComparison.Ordinal);
        }

        Assert.InRange(briefing.Quotes.Count, 1, 3);
        foreach (var quote in briefing.Quotes)
        {
            Assert.Contains(quote.Text, ArticleBody(quote.Source.ArticleId), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Lavrov")]
    [InlineData("Alaska summit")]
    [InlineData("NATO")]
    public async Task Brief_SummaryAndQuotes_AreStatementsNotQuestionsLeadInsOrFragments(string topic)
    {
        var briefing = await _engine.BriefAsync(topic, CancellationToken.None);

        var texts = briefing.Summary.Select(s => s.Text).Concat(briefing.Quotes.Select(q => q.Text)).ToArray();
        Assert.NotEmpty(texts);
        Assert.All(texts, text =>
        {
            var end = text.TrimEnd('"', '\u201D', '\u2019', ')', ' ');
            Assert.False(end.EndsWith('?'), text);
            Assert.False(end.EndsWith(':'), text);
            Assert.False(text.StartsWith('['), text);
        });
    }

    [Fact]
    public async Task Brief_TopicSeveralArticlesAgreeOn_SummaryDrawsOnMoreThanOneArticle()
    {
        var briefing = await _engine.BriefAsync("New START", CancellationToken.None);

        Assert.True(briefing.Summary.Select(s => s.ArticleId).Distinct().Count() >= 2);
    }

    [Fact]
    public async Task Brief_Summary_HasNoNearDuplicateSentences()
    {
        var briefing = await _engine.BriefAsync("Trump Putin", CancellationToken.None);

        var words = briefing.Summary.Select(s => SummaryComposer.ContentWords(s.Text)).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            for (var j = i + 1; j < words.Length; j++)
            {
                Assert.True(SummaryComposer.Jaccard(words[i], words[j]) <= 0.5, $"{briefing.Summary[i].Text} / {briefing.Summary[j].Text}");
            }
        }
    }

    [Theory]
    [InlineData("pizza recipes")]
    [InlineData("Trump pizza")]
    [InlineData("the of and")]
    public async Task Brief_NothingRelevant_FindsNothingAndSuggestsUpToThreeTopics(string query)
    {
        var briefing = await _engine.BriefAsync(query, CancellationToken.None);

        Assert.False(briefing.Found);
        Assert.InRange(briefing.Suggestions.Count, 1, 3);
    }

    [Fact]
    public async Task Brief_MisspelledTopic_SuggestsTheTopicMeant()
    {
        var briefing = await _engine.BriefAsync("Venezuala", CancellationToken.None);

        Assert.False(briefing.Found);
        Assert.Contains(briefing.Suggestions, t => t.Id == "venezuela");
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"",
        "\"New START",
        "(((",
        "NEAR(new start, 5)",
        "new* OR start*",
        "*",
        "AND OR NOT",
        "sanctions AND NOT",
        "text:\"nuclear\"",
        "'; DROP TABLE articles; --",
        "^start",
        "",
        "   ",
        "{col} : -",
        new string('x', 1000),
        string.Concat(Enumerable.Repeat("sanctions oil ", 80)),
        "😀🔥 \u0000 \u202E",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Brief_HostileQuery_AnswersWithoutErrorAndLeavesTheStoreIntact(string query)
    {
        var briefing = await _engine.BriefAsync(query, CancellationToken.None);

        Assert.True(briefing.Found || briefing.Suggestions.Count > 0);
        Assert.Equal(5, await _store.ScalarAsync("SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task Brief_OperatorWordsAreSearchedAsWords()
    {
        var briefing = await _engine.BriefAsync("sanctions AND oil", CancellationToken.None);

        Assert.True(briefing.Found);
        Assert.All(briefing.Summary, s => Assert.Contains("sanction", s.Text, StringComparison.OrdinalIgnoreCase));
    }

    private static string ArticleBody(string id)
    {
        var path = Path.Combine(TestStore.RepositoryContent(), "articles", id + ".md");
        return ArticleFileParser.Parse(path, File.ReadAllText(path)).Body;
    }
}
