using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramMessageSplitterTests
{
    [Fact]
    public void Pack_BlocksThatFit_ShareOneMessageWithTheirSeparators()
    {
        TelegramBlock[] blocks = [new("<b>H</b>", true), new("\u2022 a", true), new("\u2022 b", false)];

        var messages = TelegramMessageSplitter.Pack(blocks, 100);

        Assert.Equal(["<b>H</b>\n\n\u2022 a\n\u2022 b"], messages);
    }

    [Fact]
    public void Pack_BlockThatDoesNotFit_StartsTheNextMessageWhole()
    {
        TelegramBlock[] blocks = [new("aaaa", true), new("<i>bbbb</i>", false), new("cc", false)];

        var messages = TelegramMessageSplitter.Pack(blocks, 9);

        Assert.Equal(["aaaa\n<i>bbbb</i>", "cc"], messages);
    }

    [Fact]
    public void Pack_CountsEntitiesAsOneCharacter()
    {
        TelegramBlock[] blocks = [new("&amp;&lt;&gt;", true), new("&quot;x", false)];

        var messages = TelegramMessageSplitter.Pack(blocks, 6);

        Assert.Equal(["&amp;&lt;&gt;\n&quot;x"], messages);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(16)]
    public void SplitBlock_AnyLimit_NeverBreaksAnEntityOrATag(int limit)
    {
        var html = "<b>Tom &amp; Jerry</b> met <a href=\"https://example.org/?a=1&amp;b=2\">A&amp;B &lt;co&gt;</a>. Then \U0001F600 left.";

        var pieces = TelegramMessageSplitter.SplitBlock(html, limit);

        Assert.All(pieces, p =>
        {
            Assert.InRange(HtmlCheck.VisibleText(p).Length, 1, limit);
            Assert.True(HtmlCheck.TagsBalanced(p), p);
            Assert.True(HtmlCheck.NoStrayMarkup(p), p);
        });
        Assert.Equal(
            HtmlCheck.VisibleText(html).Replace(" ", string.Empty, StringComparison.Ordinal),
            string.Concat(pieces.Select(HtmlCheck.VisibleText)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void SplitBlock_LinkAcrossACut_IsClosedAndReopened()
    {
        var pieces = TelegramMessageSplitter.SplitBlock("<a href=\"https://x.org\">one two three</a>", 8);

        Assert.Equal(["<a href=\"https://x.org\">one two</a>", "<a href=\"https://x.org\">three</a>"], pieces);
    }

    [Fact]
    public void SplitBlock_SentenceEnd_IsPreferredOverTheLastSpace()
    {
        var pieces = TelegramMessageSplitter.SplitBlock("First one here. Second sentence", 24);

        Assert.Equal(["First one here.", "Second sentence"], pieces);
    }

    [Fact]
    public void SplitBlock_WordLongerThanLimit_IsCutAtTheLimit()
    {
        var pieces = TelegramMessageSplitter.SplitBlock("<i>abcdefghij</i>", 4);

        Assert.Equal(["<i>abcd</i>", "<i>efgh</i>", "<i>ij</i>"], pieces);
    }

    [Fact]
    public void SplitBlock_CutBeforeAClosingTag_LeavesNoEmptyElement()
    {
        var pieces = TelegramMessageSplitter.SplitBlock("<b>aaa </b>bbb", 4);

        Assert.Equal(["<b>aaa</b>", "bbb"], pieces);
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 200)]
    [InlineData(3, 500)]
    [InlineData(4, 4096)]
    public void Pack_GeneratedBlocks_EveryMessageWithinLimitAndWellFormed(int seed, int limit)
    {
        var random = new Random(seed);
        string[] words = ["A&B", "<x>", "\U0001F600", "end.", "\"q\"", "word", "@all", "x;y", "&amp;", "\u2014"];
        string[] wraps = ["{0}", "<b>{0}</b>", "<i>{0}</i>", "<a href=\"https://e.org/?a=1&amp;b=2\">{0}</a>", "<blockquote expandable>{0}</blockquote>"];
        var blocks = Enumerable.Range(0, 80)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 400)).Select(_ => words[random.Next(words.Length)])))
            .Select(text => new TelegramBlock(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, wraps[random.Next(wraps.Length)], TelegramHtml.Escape(text)),
                random.Next(2) == 0))
            .ToArray();

        var messages = TelegramMessageSplitter.Pack(blocks, limit);

        Assert.All(messages, m =>
        {
            Assert.InRange(HtmlCheck.VisibleText(m).Length, 1, limit);
            Assert.True(HtmlCheck.TagsBalanced(m), m);
            Assert.True(HtmlCheck.NoStrayMarkup(m), m);
        });
        Assert.Equal(
            string.Concat(blocks.Select(b => HtmlCheck.VisibleText(b.Html))).Replace(" ", string.Empty, StringComparison.Ordinal),
            string.Concat(messages.Select(HtmlCheck.VisibleText)).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", 5)]
    [InlineData("<b>bold</b>", 4)]
    [InlineData("a &amp; b", 5)]
    [InlineData("&#128512;", 2)]
    [InlineData("\U0001F600", 2)]
    [InlineData("x & y", 5)]
    public void VisibleLength_Html_CountsUtf16UnitsAfterParsing(string html, int expected) =>
        Assert.Equal(expected, HtmlTokenizer.VisibleLength(html));
}
