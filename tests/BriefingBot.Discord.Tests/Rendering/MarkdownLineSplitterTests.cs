using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class MarkdownLineSplitterTests
{
    [Fact]
    public void Split_LineThatFits_IsOnePiece()
    {
        var line = new MarkdownLine([MarkdownRun.Markdown("\u2022 "), MarkdownRun.Corpus("a *b*")]);

        Assert.Equal(["\u2022 a \\*b\\*"], MarkdownLineSplitter.Split(line, 100));
    }

    [Fact]
    public void Split_BlankLine_IsNoPiece() =>
        Assert.Empty(MarkdownLineSplitter.Split(new MarkdownLine([MarkdownRun.Corpus("  "), MarkdownRun.Bot("")]), 100));

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(23)]
    [InlineData(50)]
    [InlineData(101)]
    public void Split_AnyLimit_NeverCutsAnEscapeOrASurrogatePairAndLosesNothing(int limit)
    {
        var text = string.Concat(Enumerable.Repeat("A*B_C \U0001F600 [x](y) <@1> @everyone \\ ~~s~~ ||p|| `c` ", 12));
        var line = new MarkdownLine([MarkdownRun.Corpus(text)]);

        var pieces = MarkdownLineSplitter.Split(line, limit);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p =>
        {
            Assert.InRange(p.Length, 1, limit);
            Assert.False(Markdown.EndsInsideEscape(p), p);
            Assert.True(Markdown.SurrogatesPaired(p), p);
        });
        Assert.Equal(Markdown.Squeezed(text), Markdown.Squeezed(string.Concat(pieces.Select(Markdown.Visible))));
    }

    [Fact]
    public void Split_LongText_CutsAfterTheLastSentenceThatFits()
    {
        var line = new MarkdownLine([MarkdownRun.Corpus("The first sentence ends here. The second one runs on and on.")]);

        var pieces = MarkdownLineSplitter.Split(line, 40);

        Assert.Equal(["The first sentence ends here.", "The second one runs on and on."], pieces);
    }

    [Fact]
    public void Split_WithoutSentenceEnd_CutsAtTheLastSpace()
    {
        var line = new MarkdownLine([MarkdownRun.Corpus("alpha beta gamma delta epsilon zeta")]);

        var pieces = MarkdownLineSplitter.Split(line, 20);

        Assert.Equal(["alpha beta gamma", "delta epsilon zeta"], pieces);
    }

    [Fact]
    public void Split_PieceStartingWithABlockMarker_IsEscapedAsTheLineStartItBecomes()
    {
        var line = new MarkdownLine([MarkdownRun.Corpus("aaaa bbbb cccc dddd - eeee # ffff")]);

        var pieces = MarkdownLineSplitter.Split(line, 19);

        Assert.Equal(["aaaa bbbb cccc dddd", "\\- eeee # ffff"], pieces);
    }

    [Fact]
    public void Split_BlockQuote_QuotesEveryPiece()
    {
        var line = new MarkdownLine([MarkdownRun.Corpus("one two three four five six seven eight nine ten")], Prefix: "> ");

        var pieces = MarkdownLineSplitter.Split(line, 20);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.StartsWith("> ", p, StringComparison.Ordinal));
        Assert.Equal("one two three four five six seven eight nine ten", string.Join(' ', pieces.Select(p => p[2..])));
    }

    [Fact]
    public void Split_BoldLine_EmphasisesEveryPiece()
    {
        var line = new MarkdownLine([MarkdownRun.Bot("one two three four five six seven eight")], LineEmphasis.Bold);

        var pieces = MarkdownLineSplitter.Split(line, 20);

        Assert.Equal(["**one two three**", "**four five six**", "**seven eight**"], pieces);
    }

    [Fact]
    public void Split_MaskedLink_IsNeverCut()
    {
        const string link = "[Arms talks stall](https://example.org/arms-talks)";
        var line = new MarkdownLine(
        [
            MarkdownRun.Markdown("\u2022 "),
            MarkdownRun.Corpus(string.Join(' ', Enumerable.Repeat("word", 20))),
            MarkdownRun.Markdown(" \u2014 "),
            MarkdownRun.Markdown(link),
        ]);

        var pieces = MarkdownLineSplitter.Split(line, 110);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 110));
        Assert.Single(pieces, p => p.Contains(link, StringComparison.Ordinal));
        Assert.DoesNotContain(pieces, p => p.Contains("[Arms", StringComparison.Ordinal) && !p.Contains(link, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_UserText_StaysInertInEveryPiece()
    {
        var line = new MarkdownLine([new MarkdownRun(string.Concat(Enumerable.Repeat("@everyone ", 10)), MarkdownRunKind.User)]);

        var pieces = MarkdownLineSplitter.Split(line, 30);

        Assert.All(pieces, p => Assert.DoesNotContain("@everyone", p, StringComparison.Ordinal));
        Assert.Equal(10, pieces.Sum(p => p.Split("@\u200Beveryone").Length - 1));
    }

    [Fact]
    public void Split_WordLongerThanTheLimit_IsCutWhereTheLimitFalls()
    {
        var line = new MarkdownLine([MarkdownRun.Corpus(new string('x', 45))]);

        var pieces = MarkdownLineSplitter.Split(line, 20);

        Assert.Equal([20, 20, 5], pieces.Select(p => p.Length));
    }

    [Fact]
    public void Truncate_LongLine_EndsInEllipsisWithinLimit()
    {
        var line = new MarkdownLine([MarkdownRun.Bot("February 5, 2026: "), MarkdownRun.Corpus("New START *expires* and more words follow")]);

        var truncated = MarkdownLineSplitter.Truncate(line, 40);

        Assert.Equal("February 5, 2026: New START \\*expires\\*\u2026", truncated);
        Assert.True(truncated.Length <= 40);
    }
}
