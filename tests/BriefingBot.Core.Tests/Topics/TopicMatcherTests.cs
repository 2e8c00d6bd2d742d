using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Topics;

public sealed class TopicMatcherTests
{
    private static readonly TopicMatcher Matcher = new(
    [
        new Topic("new-start", "New START", ["New START treaty", "nuclear arms control"]),
        new Topic("sanctions", "Sanctions", ["Russian oil"]),
        new Topic("zelenskyy", "Zelenskyy", ["Zelenskyy", "Зеленський"]),
    ]);

    [Fact]
    public void TopicIdsIn_NamesAndAliasesAnywhereInTheText_InCatalogueOrder()
    {
        var ids = Matcher.TopicIdsIn("Buyers of RUSSIAN OIL face tariffs, while the New START treaty lapses.");

        Assert.Equal(["new-start", "sanctions"], ids);
    }

    [Fact]
    public void TopicIdsIn_PartOfAPhraseOrOfAWord_IsNotAMention()
    {
        Assert.Empty(Matcher.TopicIdsIn("A new era for the oil markets: Russian exporters, nuclear arms."));
        Assert.Empty(Matcher.TopicIdsIn("Oversanctions and newstart are not words."));
    }

    [Fact]
    public void TopicIdsIn_WordsInOtherScripts_AreMatchedWithoutRegardToCase()
    {
        Assert.Equal(["zelenskyy"], Matcher.TopicIdsIn("ЗЕЛЕНСЬКИЙ заявив про переговори."));
    }

    [Fact]
    public void TopicIdsIn_ALongParagraph_FindsAMentionAtItsEnd()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The talks went on without a result. ", 60)) + "Then nuclear arms control came up.";

        Assert.True(paragraph.Length > 2000);
        Assert.Equal(["new-start"], Matcher.TopicIdsIn(paragraph));
    }
}
