using BriefingBot.Core.Briefing;

namespace BriefingBot.Storage.Tests;

public sealed class Fts5QueryWriterTests
{
    private static SearchClause Word(string word) => new([[word]]);

    [Fact]
    public void Write_AllClausesRequired_JoinsWithAnd()
    {
        var fts = Fts5QueryWriter.Write(new SearchQuery([Word("oil"), Word("price")], 2));

        Assert.Equal("\"oil\" AND \"price\"", fts);
    }

    [Fact]
    public void Write_TwoOfThree_IsAnOrOfEveryPair()
    {
        var fts = Fts5QueryWriter.Write(new SearchQuery([Word("a"), Word("b"), Word("c")], 2));

        Assert.Equal("(\"a\" AND \"b\") OR (\"a\" AND \"c\") OR (\"b\" AND \"c\")", fts);
    }

    [Fact]
    public void Write_TopicClause_QuotesEachPhraseAndOrsThem()
    {
        var fts = Fts5QueryWriter.Write(new SearchQuery([new SearchClause([["new", "start"], ["arms", "control"]])], 1));

        Assert.Equal("(\"new start\" OR \"arms control\")", fts);
    }

    [Fact]
    public void Write_QuoteInsideAToken_IsDoubled()
    {
        var fts = Fts5QueryWriter.Write(new SearchQuery([Word("a\"b")], 1));

        Assert.Equal("\"a\"\"b\"", fts);
    }
}
