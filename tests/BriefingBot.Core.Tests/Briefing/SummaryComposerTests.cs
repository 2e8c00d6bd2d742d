using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Text.Roles;

namespace BriefingBot.Core.Tests.Briefing;

public sealed class SummaryComposerTests
{
    private static SentenceHit Hit(long id, string article, string text, double relevance, ParagraphKind kind = ParagraphKind.Body, SentenceRole role = SentenceRole.Statement) =>
        new(id, article, 0, (int)id, kind, text, text, relevance) { Role = role };

    [Fact]
    public void Compose_NearDuplicates_KeepsOnlyOneOfThem()
    {
        var summary = SummaryComposer.Compose(
        [
            Hit(1, "a", "The New START Treaty is set to expire on February 4, 2026.", 10),
            Hit(2, "b", "The New START Treaty is set to expire on February 4, 2026, experts say.", 9.5),
            Hit(3, "c", "Putin has hinted that Russia no longer considers itself bound by missile treaties.", 6),
        ]);

        Assert.Equal([1L, 3L], summary.Select(s => s.SentenceId));
    }

    [Fact]
    public void Compose_SeveralArticles_PrefersAnArticleNotYetUsed()
    {
        var summary = SummaryComposer.Compose(
        [
            Hit(1, "a", "Sanctions target Russia's oil, gas and uranium exports in the new bill.", 10),
            Hit(2, "a", "The Senate may vote on the sanctions bill as early as next week, aides said.", 9),
            Hit(3, "b", "Trade between the US and Russia has reached all-time lows due to sanctions.", 8.9),
        ]);

        Assert.Equal("b", summary[1].ArticleId);
    }

    [Fact]
    public void Compose_SentencesThatAreNotStatements_AreNeverPicked()
    {
        var summary = SummaryComposer.Compose(
        [
            Hit(1, "a", "Is Trump really siding with Russia on the question of sanctions?", 10, role: SentenceRole.Question),
            Hit(2, "a", "Lavrov squarely blamed the Biden White House for the war:", 9, role: SentenceRole.ListFragment),
            Hit(3, "a", "The Sanctions Question Nobody Asks About Russia", 8, ParagraphKind.Heading, SentenceRole.Heading),
            Hit(5, "a", "Read the full interviews with the New York Times or Reuters about the sanctions.", 7, role: SentenceRole.Advice),
            Hit(6, "c", "Politico. (2024). Trump and the sanctions on Russia.", 6, ParagraphKind.ListItem, SentenceRole.Citation),
            Hit(4, "b", "Trade between the US and Russia has reached all-time lows due to sanctions.", 1),
        ]);

        Assert.Equal([4L], summary.Select(s => s.SentenceId));
    }

    [Fact]
    public void Compose_OnlyOneSentenceOfUsualLength_AddsAShorterOneRatherThanStandAlone()
    {
        var summary = SummaryComposer.Compose(
        [
            Hit(1, "a", "He's also obsessed with the Arctic.", 10),
            Hit(2, "b", "NATO's Secretary General credited Trump with waking Europe up to Russia and China in the High North.", 8),
        ]);

        Assert.Equal(2, summary.Count);
    }

    [Fact]
    public void Compose_LongCandidates_StayWithinTheCharacterBudget()
    {
        var hits = Enumerable.Range(1, 6)
            .Select(i => Hit(i, $"article{i}", "Sanctions " + string.Join(' ', Enumerable.Range(0, 36).Select(w => $"a{i}w{w:D3}xx")) + ".", 10 - i))
            .ToArray();

        var summary = SummaryComposer.Compose(hits);

        Assert.Equal(2, summary.Count);
        Assert.True(summary.Sum(s => s.Text.Length + 1) <= SummaryComposer.MaxCharacters);
    }
}
