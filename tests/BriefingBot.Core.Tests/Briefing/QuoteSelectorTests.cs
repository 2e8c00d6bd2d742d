using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Text.Roles;

namespace BriefingBot.Core.Tests.Briefing;

public sealed class QuoteSelectorTests
{
    private const string Shown = "While Sokolov praised Putin's leadership style, his administration imposed 313 new sanctions on Russian entities.";

    private static SentenceHit Hit(long id, string article, string text, double relevance) =>
        new(id, article, 0, 0, ParagraphKind.Body, text, text, relevance) { Role = SentenceRole.Statement };

    [Fact]
    public void Select_ASentenceThatRepeatsTheSummaryWithOtherNamesOrFigures_IsNotQuoted()
    {
        var summary = new[] { Hit(1, "a", Shown, 10) };
        var ranked = new[]
        {
            summary[0],
            Hit(2, "b", "While Carvalho praised Dunmore's leadership style, his administration imposed 412 new sanctions on Russian entities.", 9.8),
            Hit(3, "c", "The Treasury said the new sanctions froze $2 billion of assets held by Russian banks in March.", 6),
        };

        var quotes = QuoteSelector.Select(ranked, summary);

        Assert.Equal(["c"], quotes.Select(q => q.Hit.ArticleId));
    }

    [Fact]
    public void Select_TwoQuotesThatSayTheSameWithOtherNames_OnlyTheBetterIsQuoted()
    {
        var summary = new[] { Hit(1, "a", "Congress debated the sanctions bill for most of the spring session.", 10) };
        var ranked = new[]
        {
            summary[0],
            Hit(2, "b", "While Carvalho praised Dunmore's leadership style, his administration imposed 412 new sanctions on Russian entities.", 9),
            Hit(3, "c", "While Ivanova praised Eriksen's leadership style, her administration imposed 459 new sanctions on Russian entities.", 8.5),
            Hit(4, "d", "The Treasury said the new sanctions froze $2 billion of assets held by Russian banks in March.", 6),
        };

        var quotes = QuoteSelector.Select(ranked, summary);

        Assert.Equal(["b", "d"], quotes.Select(q => q.Hit.ArticleId));
    }
}
