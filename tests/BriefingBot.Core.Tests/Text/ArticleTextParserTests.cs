using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

/// <summary>Each chrome rule and paragraph kind on small made-up bodies, to show the rules reach past the corpus's exact strings.</summary>
public sealed class ArticleTextParserTests
{
    private static readonly ArticleMetadata Metadata = new(
        "test-article",
        "Talks Resume: What Happens Next?",
        "The Daily Test",
        "example.com",
        "Jane Q. Writer",
        DateSpan.OnDay(new DateOnly(2026, 1, 17)),
        null);

    [Theory]
    [InlineData("🔗 Read more: Did You Win? Everything About Last Night's Powerball", ChromeRuleNames.PromoLink)]
    [InlineData("🔥 Trending: Storm Could Bring Snow", ChromeRuleNames.PromoLink)]
    [InlineData("➡️ Also read: Markets Slide", ChromeRuleNames.PromoLink)]
    [InlineData("👉 SEE ALSO: The Brutal Reality", ChromeRuleNames.PromoLink)]
    [InlineData("✨ Don’t miss: Why a Winter Storm Could Bring Snow", ChromeRuleNames.PromoLink)]
    [InlineData("★ You may also like: Ten Things", ChromeRuleNames.PromoLink)]
    [InlineData("Talks Resume: What Happens Next?", ChromeRuleNames.RepeatedTitle)]
    [InlineData("talks resume:  what happens next?", ChromeRuleNames.RepeatedTitle)]
    [InlineData("HomeNewsWorldTalks Resume: What Happens Next?", ChromeRuleNames.Breadcrumb)]
    [InlineData("Home » World News » Talks Resume: What Happens Next?", ChromeRuleNames.Breadcrumb)]
    [InlineData("Saturday, January 17, 2026", ChromeRuleNames.Dateline)]
    [InlineData("17 January 2026", ChromeRuleNames.Dateline)]
    [InlineData("Jan. 17, 2026", ChromeRuleNames.Dateline)]
    [InlineData("Date:", ChromeRuleNames.MetadataLabel)]
    [InlineData("Updated: January 17, 2026", ChromeRuleNames.MetadataLabel)]
    [InlineData("Tags:", ChromeRuleNames.MetadataLabel)]
    [InlineData("spot_img", ChromeRuleNames.AdPlaceholder)]
    [InlineData("spot_imgspot_img", ChromeRuleNames.AdPlaceholder)]
    [InlineData("ADVERTISEMENT", ChromeRuleNames.AdPlaceholder)]
    [InlineData("Jane Q. Writer", ChromeRuleNames.AuthorBox)]
    [InlineData("By Jane Q. Writer", ChromeRuleNames.AuthorBox)]
    [InlineData("Leave a comment", ChromeRuleNames.CommentForm)]
    [InlineData("You have entered an incorrect email address!", ChromeRuleNames.CommentForm)]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.", ChromeRuleNames.CommentForm)]
    [InlineData("Cookie Settings", ChromeRuleNames.CookieNotice)]
    [InlineData("We use cookies to improve your experience on our site.", ChromeRuleNames.CookieNotice)]
    [InlineData("Read more at www.example.com", ChromeRuleNames.SiteLink)]
    [InlineData("| :--- | ---: |", ChromeRuleNames.TableSeparator)]
    public void Strip_ChromeLine_IsRemovedByNamedRule(string line, string rule)
    {
        var parsed = ArticleTextParser.Parse(line, Metadata, 1);

        Assert.Empty(parsed.Paragraphs);
        Assert.Equal([new RemovedLine(1, line, rule)], parsed.Removed);
    }

    [Theory]
    [InlineData("Read more: the talks are on the agenda.")]
    [InlineData("Lavrov confirmed:")]
    [InlineData("Related: the two events were linked, officials said.")]
    [InlineData("The date: January 17, 2026, when talks resume.")]
    [InlineData("Cookies and tea were served at the summit.")]
    [InlineData("Home secretary warns of new sanctions")]
    [InlineData("Jane Q. Writer, a former diplomat, disagreed with the plan.")]
    [InlineData("The talks resume: what happens next is unclear.")]
    public void Parse_LineThatOnlyLooksLikeChrome_IsKept(string line)
    {
        var parsed = ArticleTextParser.Parse(line, Metadata, 1);

        Assert.Empty(parsed.Removed);
        Assert.Equal(line, Assert.Single(parsed.Paragraphs).Text);
    }

    [Fact]
    public void Strip_RelatedStoriesBlock_IsRemovedUpToTheFirstRealParagraph()
    {
        const string body = """
            Related stories

            Inside Story: A Coach Left Hanging

            The controversy surrounding the former coach...

            Made in China, Ignored in Germany
            Despite dominating the EV landscape…
            Lavrov spoke to Kommersant on Monday.
            """;

        var parsed = ArticleTextParser.Parse(body, Metadata, 10);

        Assert.Equal([10, 12, 14, 16, 17], parsed.Removed.Select(r => r.LineNumber));
        Assert.All(parsed.Removed, r => Assert.Equal(ChromeRuleNames.RelatedStoriesBlock, r.Rule));
        Assert.Equal(18, Assert.Single(parsed.Paragraphs).LineNumber);
    }

    [Fact]
    public void Strip_AuthorBox_RemovesRepeatedNameAndTheBioAfterIt()
    {
        const string body = """
            The last paragraph of the article.
            Jane Q. Writer
            Jane Q. Writer
            Jane Q. Writer is a correspondent covering Russia.
            Jane Q. Writer is mentioned again later, and this line is content.
            """;

        var parsed = ArticleTextParser.Parse(body, Metadata, 1);

        Assert.Equal([2, 3, 4], parsed.Removed.Select(r => r.LineNumber));
        Assert.All(parsed.Removed, r => Assert.Equal(ChromeRuleNames.AuthorBox, r.Rule));
        Assert.Equal([1, 5], parsed.Paragraphs.Select(p => p.LineNumber));
    }

    [Fact]
    public void Parse_ArticleWithoutAuthor_KeepsNameLikeLines()
    {
        var noAuthor = Metadata with { Author = null };

        var parsed = ArticleTextParser.Parse("Jane Q. Writer", noAuthor, 1);

        Assert.Empty(parsed.Removed);
    }

    [Theory]
    [InlineData("The 2018 Helsinki Summit", ParagraphKind.Heading, "The 2018 Helsinki Summit")]
    [InlineData("Next Steps to Stay Informed:", ParagraphKind.Heading, "Next Steps to Stay Informed:")]
    [InlineData("Other contributing factors:", ParagraphKind.Body, "Other contributing factors:")]
    [InlineData("It feels upside down.", ParagraphKind.Body, "It feels upside down.")]
    [InlineData("Why?", ParagraphKind.Body, "Why?")]
    [InlineData("A Common Interest?", ParagraphKind.Heading, "A Common Interest?")]
    [InlineData("Can Americans travel to Russia right now?", ParagraphKind.Body, "Can Americans travel to Russia right now?")]
    [InlineData("- 2013: The Miss Universe pageant in Moscow.", ParagraphKind.ListItem, "2013: The Miss Universe pageant in Moscow.")]
    [InlineData("  • Energy Prices: If a peace deal happens, oil flows.", ParagraphKind.ListItem, "Energy Prices: If a peace deal happens, oil flows.")]
    [InlineData("  12. Kommersant. (2025)", ParagraphKind.ListItem, "Kommersant. (2025)")]
    [InlineData("▪ Cybersecurity", ParagraphKind.ListItem, "Cybersecurity")]
    [InlineData("| India | 25% Tariffs | Punishment |", ParagraphKind.TableRow, "| India | 25% Tariffs | Punishment |")]
    [InlineData("How many times have they met in person?\u00A0", ParagraphKind.Body, "How many times have they met in person?")]
    public void Parse_Line_IsClassifiedWithMarkerTrimmed(string line, ParagraphKind kind, string text)
    {
        var paragraph = Assert.Single(ArticleTextParser.Parse(line, Metadata, 1).Paragraphs);

        Assert.Equal(kind, paragraph.Kind);
        Assert.Equal(text, paragraph.Text);
    }

    [Fact]
    public void Parse_LineNumbers_CountFromFirstBodyLineIncludingBlankAndCarriageReturnLines()
    {
        const string body = "First paragraph.\r\n\r\n\r\nSecond paragraph.\r\n";

        var parsed = ArticleTextParser.Parse(body, Metadata, 9);

        Assert.Equal([(9, "First paragraph."), (12, "Second paragraph.")], parsed.Paragraphs.Select(p => (p.LineNumber, p.Text)));
    }
}
