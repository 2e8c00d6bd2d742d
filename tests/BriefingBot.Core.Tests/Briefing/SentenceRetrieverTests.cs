using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;
using Moq;

namespace BriefingBot.Core.Tests.Briefing;

/// <summary>The tiers: strictest first, over statements; on to looser ones only when the stricter found too little.</summary>
public sealed class SentenceRetrieverTests
{
    private static readonly TopicMatcher Topics = new([new Topic("sanctions", "Sanctions", ["sanction"])]);
    private readonly AnalysedQuery _query = new QueryAnalyzer(Topics).Analyse("sanctions oil");
    private readonly Mock<IArticleStore> _store = new();

    private static SentenceHit Hit(long id, string text, double relevance, SentenceRole role = SentenceRole.Statement) =>
        new(id, "a" + id, 0, 0, ParagraphKind.Body, text, text, relevance) { Role = role };

    private void Answer(int tier, bool statementsOnly, params SentenceHit[] hits) =>
        _store.Setup(s => s.SearchAsync(
                It.Is<SearchQuery>(q => q.Clauses == _query.Tiers[tier].Clauses && q.MinimumClauses == _query.Tiers[tier].MinimumClauses && q.StatementsOnly == statementsOnly),
                It.IsAny<int>(),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(hits);

    [Fact]
    public async Task Retrieve_StrictTierWithTooFewStatements_GoesOnToTheLooserTier()
    {
        Answer(0, statementsOnly: true, Hit(1, "Sanctions on oil were eased.", 5));
        Answer(1, statementsOnly: true, Hit(500, "The sanction bill targets Russian oil exports.", 3));

        var hits = await new SentenceRetriever(_store.Object).RetrieveAsync(_query, CancellationToken.None);

        Assert.Equal([1L, 500L], hits.Select(h => h.SentenceId));
        Assert.True(hits[0].Relevance > hits[1].Relevance);
    }

    [Fact]
    public async Task Retrieve_ACopyOfATextAStricterTierFound_IsNotAddedAgain()
    {
        Answer(0, statementsOnly: true, Hit(1, "Sanctions on oil were eased.", 5));
        Answer(1, statementsOnly: true, Hit(900, "Sanctions on oil were eased.", 4), Hit(500, "The sanction bill targets Russian oil exports.", 3));

        var hits = await new SentenceRetriever(_store.Object).RetrieveAsync(_query, CancellationToken.None);

        Assert.Equal([1L, 500L], hits.Select(h => h.SentenceId));
    }

    [Fact]
    public async Task Retrieve_StrictTierRichEnough_IsTheOnlySearch()
    {
        Answer(0, statementsOnly: true, [.. Enumerable.Range(1, 60).Select(i => Hit(i, $"Sanctions statement number {i} about oil.", 100 - i))]);

        var hits = await new SentenceRetriever(_store.Object).RetrieveAsync(_query, CancellationToken.None);

        Assert.Equal(60, hits.Count);
        Assert.True(hits.Min(h => h.Relevance) >= 0.8);
        _store.Verify(s => s.SearchAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RetrieveAny_SearchesEverySentenceSoListEntriesCanBeQuoted()
    {
        Answer(0, statementsOnly: false, Hit(7, "sanctions on oil and gas", 2, SentenceRole.ListFragment));
        Answer(1, statementsOnly: false);

        var hits = await new SentenceRetriever(_store.Object).RetrieveAnyAsync(_query, CancellationToken.None);

        Assert.Equal(7, Assert.Single(hits).SentenceId);
    }

    [Fact]
    public async Task Retrieve_MostOfTheWords_SearchesOneGroupOfWordsAtATimeAndStopsWhenEnoughAreFound()
    {
        var query = new QueryAnalyzer(Topics).Analyse("alpha beta gamma");
        var asked = new List<string>();
        _store.Setup(s => s.SearchAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SearchQuery q, int _, CancellationToken _) =>
            {
                var words = string.Join(" ", q.Clauses.Select(c => c.Phrases[0][0]));
                asked.Add(words);
                return words == "alpha beta" ? [.. Enumerable.Range(1, 60).Select(i => Hit(i, $"Alpha and beta, statement {i}.", 60 - i))] : [];
            });

        var hits = await new SentenceRetriever(_store.Object).RetrieveAsync(query, CancellationToken.None);

        Assert.Equal(60, hits.Count);
        Assert.Equal(["alpha beta gamma", "alpha beta"], asked);
    }
}
