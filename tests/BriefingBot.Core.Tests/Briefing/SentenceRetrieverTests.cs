using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;
using Moq;

namespace BriefingBot.Core.Tests.Briefing;

/// <summary>The tiers: strictest first, on to looser ones only when the stricter found too little to answer with.</summary>
public sealed class SentenceRetrieverTests
{
    private static readonly TopicMatcher Topics = new([new Topic("sanctions", "Sanctions", ["sanction"])]);

    private static SentenceHit Hit(long id, string text, double relevance, SentenceRole role = SentenceRole.Statement) =>
        new(id, "a" + id, 0, 0, ParagraphKind.Body, text, text, relevance) { Role = role };

    [Fact]
    public async Task Retrieve_StrictTierWithOnlyCopiesOfAnAdviceLine_GoesOnToTheLooserTiers()
    {
        var query = new QueryAnalyzer(Topics).Analyse("sanctions oil");
        var store = new Mock<IArticleStore>();
        store.Setup(s => s.SearchAsync(query.Tiers[0], It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([.. Enumerable.Range(1, 80).Select(i => Hit(i, "Watch the sanctions on oil.", 5, SentenceRole.Advice))]);
        store.Setup(s => s.SearchAsync(query.Tiers[1], It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Hit(500, "The sanction bill targets Russian oil exports.", 3)]);

        var hits = await new SentenceRetriever(store.Object).RetrieveAsync(query, CancellationToken.None);

        Assert.Contains(hits, h => h.SentenceId == 500);
    }

    [Fact]
    public async Task Retrieve_StrictTierRichEnough_IsTheOnlySearchAndRanksAboveAnyLooserOne()
    {
        var query = new QueryAnalyzer(Topics).Analyse("sanctions oil");
        var store = new Mock<IArticleStore>();
        store.Setup(s => s.SearchAsync(query.Tiers[0], It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([.. Enumerable.Range(1, 60).Select(i => Hit(i, $"Sanctions statement number {i} about oil.", 100 - i))]);

        var hits = await new SentenceRetriever(store.Object).RetrieveAsync(query, CancellationToken.None);

        Assert.Equal(60, hits.Count);
        Assert.True(hits.Min(h => h.Relevance) >= 0.75);
        store.Verify(s => s.SearchAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
