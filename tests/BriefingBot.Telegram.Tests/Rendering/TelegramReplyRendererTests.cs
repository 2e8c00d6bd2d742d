using BriefingBot.Core.Dates;
using BriefingBot.Core.Replies;
using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramReplyRendererTests
{
    [Fact]
    public void Render_EchoedHostileText_IsEscapedAndCannotMention()
    {
        var asked = "<b>x</b> & \"y\" @everyone /start";
        var reply = Reply.Problem("brief", ReplyText.Of($"I found nothing about \u201C{Echo.Short(asked)}\u201D in the articles I know."));

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(
            "I found nothing about \u201C&lt;b&gt;x&lt;/\u2060b&gt; &amp; \"y\" @\u2060everyone /\u2060start\u201D in the articles I know.",
            message.Html);
        Assert.Null(message.Keyboard);
    }

    [Fact]
    public void Render_EchoedEveryoneInHeading_IsBoldAndInert()
    {
        var reply = new Reply { Command = "brief", Heading = ReplyText.Of($"Briefing on {new UserText("@everyone")}") };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("<b>Briefing on @\u2060everyone</b>", message.Html);
    }

    [Fact]
    public void Render_BotWords_AreEscapedButKeepTheirCommands()
    {
        var reply = new Reply { Command = "topics", Heading = "I can brief you on 2 topics", Footer = "Ask with /brief <topic>, for example /brief New START." };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("<b>I can brief you on 2 topics</b>\n\nAsk with /brief &lt;topic&gt;, for example /brief New START.", message.Html);
    }

    [Fact]
    public void Render_CorpusSummary_IsEscapedWithItalicTitleWhenNoUrl()
    {
        var reply = new Reply
        {
            Command = "brief",
            Heading = "New START",
            Summary = [new SummarySentence("Warheads < 1,550 & launchers > 700 were the caps.", ReplyParts.Source(url: null))],
        };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(
            "<b>New START</b>\n\n\u2022 Warheads &lt; 1,550 &amp; launchers &gt; 700 were the caps. (<i>Arms talks stall</i>)",
            message.Html);
    }

    [Fact]
    public void Render_CorpusText_IsNotMentionProofed()
    {
        var reply = new Reply { Command = "brief", Summary = [new SummarySentence("Posted by @StateDept on state.gov.", ReplyParts.Source())] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.DoesNotContain(TelegramHtml.WordJoiner, message.Html);
    }

    [Fact]
    public void Render_SummaryWithUrl_LinksTheTitle()
    {
        var reply = new Reply { Command = "brief", Summary = [new SummarySentence("Talks stalled.", ReplyParts.Source())] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal($"\u2022 Talks stalled. (<a href=\"{ReplyParts.Url}\">Arms talks stall</a>)", message.Html);
    }

    [Theory]
    [InlineData("\u201CWe will not resume talks.\u201D")]
    [InlineData("\"We will not resume talks.\"")]
    [InlineData("We will not resume talks.")]
    public void Render_QuoteAlreadyInQuotationMarks_IsNotDoubled(string passage)
    {
        var reply = new Reply { Command = "quote", Quotes = [new QuoteView(passage, ReplyParts.Source())] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(
            $"<blockquote>We will not resume talks.</blockquote>\n\u2014 <a href=\"{ReplyParts.Url}\">Arms talks stall</a>, Example Times, January 17, 2026",
            message.Html);
    }

    [Fact]
    public void Render_QuoteWithoutUrlOrPublisher_HasItalicTitleAndDate()
    {
        var reply = new Reply { Command = "quote", Quotes = [new QuoteView("Talks & more.", ReplyParts.Source(url: null, publisher: null))] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("<blockquote>Talks &amp; more.</blockquote>\n\u2014 <i>Arms talks stall</i>, January 17, 2026", message.Html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public void Render_SourceWithUnlinkableUrl_IsNotLinked(string url)
    {
        var reply = new Reply { Command = "brief", Summary = [new SummarySentence("Talks stalled.", ReplyParts.Source(url))] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("\u2022 Talks stalled. (<i>Arms talks stall</i>)", message.Html);
    }

    [Fact]
    public void Render_UrlWithQuotesAndAmpersand_IsEscapedInTheLink()
    {
        var source = ReplyParts.Source("https://example.org/a?x=\"1\"&y=<2>", title: "A & B");
        var reply = new Reply { Command = "brief", Summary = [new SummarySentence("Talks stalled.", source)] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("\u2022 Talks stalled. (<a href=\"https://example.org/a?x=&quot;1&quot;&amp;y=&lt;2&gt;\">A &amp; B</a>)", message.Html);
    }

    [Fact]
    public void Render_LongQuote_IsExpandable()
    {
        var passage = string.Join(' ', Enumerable.Repeat("The parties affirmed their commitment.", 10));
        var reply = new Reply { Command = "quote", Quotes = [new QuoteView(passage, ReplyParts.Source())] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.StartsWith($"<blockquote expandable>{passage}</blockquote>\n", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DatedItem_ShowsDateLabelNoteQuoteAndSource()
    {
        var item = new DatedItemView(
            "k1",
            DateSpan.OnDay(new DateOnly(2026, 2, 5)),
            "New START expires",
            "\u201CThe treaty expires on February 5, 2026.\u201D",
            ReplyParts.Source(),
            Note: "Sources differ on this date: February 4, 2026 (a); February 5, 2026 (b)");
        var reply = new Reply { Command = "timeline", Heading = "Timeline of New START: 1 dated item", Items = [item] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(
            "<b>Timeline of New START: 1 dated item</b>\n\n"
                + "<b>February 5, 2026</b>: New START expires\n"
                + "<i>Sources differ on this date: February 4, 2026 (a); February 5, 2026 (b)</i>\n"
                + "<blockquote>The treaty expires on February 5, 2026.</blockquote>\n"
                + $"\u2014 <a href=\"{ReplyParts.Url}\">Arms talks stall</a>, Example Times, January 17, 2026",
            message.Html);
    }

    [Fact]
    public void Render_EntryNamingItsSource_LinksTheTitleInPlace()
    {
        var source = ReplyParts.Source();
        var entry = new ReplyEntry($"{ReplyFormat.Attribution(source)} [{source.ArticleId}]", source);
        var reply = new Reply { Command = "sources", Heading = "I know 1 article", Entries = [entry] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(
            $"<b>I know 1 article</b>\n\n\u2022 <a href=\"{ReplyParts.Url}\">Arms talks stall</a>, Example Times, January 17, 2026, {ReplyParts.Url} [arms-talks]",
            message.Html);
    }

    [Fact]
    public void Render_EntryNotNamingItsSource_AppendsTheLinkedTitle()
    {
        var reply = new Reply { Command = "upcoming", Entries = [new ReplyEntry("Feb 5: treaty expires", ReplyParts.Source())] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal($"\u2022 Feb 5: treaty expires (<a href=\"{ReplyParts.Url}\">Arms talks stall</a>)", message.Html);
    }

    [Fact]
    public void Render_EntryWithSourceButNoUrl_IsPlain()
    {
        var reply = new Reply { Command = "sources", Entries = [new ReplyEntry("Arms talks stall <draft>", ReplyParts.Source(url: null))] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("\u2022 Arms talks stall &lt;draft&gt;", message.Html);
    }

    [Fact]
    public void Render_ReplyOverLimit_SplitsOnBlockBoundariesWithinLimit()
    {
        var sentences = Enumerable.Range(1, 40)
            .Select(i => new SummarySentence($"Sentence {i} says that A & B < C, " + new string('x', 150) + ".", ReplyParts.Source()))
            .ToArray();
        var reply = new Reply { Command = "brief", Heading = "New START", Summary = sentences, Footer = "End of briefing." };

        var messages = TelegramReplyRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.True(HtmlCheck.VisibleText(string.Concat(messages.Select(m => m.Html))).Length > TelegramReplyRenderer.MaxVisibleLength);
        Assert.All(messages, m =>
        {
            Assert.InRange(HtmlCheck.VisibleText(m.Html).Length, 1, TelegramReplyRenderer.MaxVisibleLength);
            Assert.True(HtmlCheck.TagsBalanced(m.Html), m.Html);
            Assert.True(HtmlCheck.NoStrayMarkup(m.Html), m.Html);
        });
        var expected = new[] { "<b>New START</b>" }
            .Concat(sentences.Select(s => $"\u2022 {TelegramHtml.Escape(s.Text)} (<a href=\"{ReplyParts.Url}\">Arms talks stall</a>)"))
            .Append("End of briefing.");
        var lines = messages.SelectMany(m => m.Html.Split('\n')).Where(l => l.Length > 0);
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Render_ReplyOverLimit_PutsKeyboardOnLastMessageOnly()
    {
        var reply = new Reply
        {
            Command = "timeline",
            Summary = [.. Enumerable.Range(1, 40).Select(i => new SummarySentence($"Sentence {i} " + new string('y', 200), ReplyParts.Source()))],
            Actions = [new ReplyAction("Next page", ReplyParts.Invocation("/timeline New START page 2"))],
        };

        var messages = TelegramReplyRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages.Take(messages.Count - 1), m => Assert.Null(m.Keyboard));
        Assert.NotNull(messages[^1].Keyboard);
    }

    [Fact]
    public void Render_OneQuoteOverLimit_IsCutAtSentencesWithTagsBalanced()
    {
        var passage = string.Join(' ', Enumerable.Range(1, 160).Select(i => $"Clause {i} binds A & B to <limits>."));
        var reply = new Reply { Command = "quote", Heading = "Quote", Quotes = [new QuoteView(passage, ReplyParts.Source())] };

        var messages = TelegramReplyRenderer.Render(reply);

        Assert.True(passage.Length > TelegramReplyRenderer.MaxVisibleLength);
        Assert.All(messages, m =>
        {
            Assert.InRange(HtmlCheck.VisibleText(m.Html).Length, 1, TelegramReplyRenderer.MaxVisibleLength);
            Assert.True(HtmlCheck.TagsBalanced(m.Html), m.Html);
            Assert.True(HtmlCheck.NoStrayMarkup(m.Html), m.Html);
        });
        Assert.Equal("<b>Quote</b>", messages[0].Html);
        Assert.All(messages.Skip(1), m => Assert.StartsWith("<blockquote expandable>Clause ", m.Html, StringComparison.Ordinal));
        Assert.All(messages.Skip(1).SkipLast(1), m => Assert.EndsWith("&gt;.</blockquote>", m.Html, StringComparison.Ordinal));
        var seen = string.Join('\n', messages.Select(m => HtmlCheck.VisibleText(m.Html)));
        Assert.Equal(Words($"Quote {passage} \u2014 Arms talks stall, Example Times, January 17, 2026"), Words(seen));
    }

    [Fact]
    public void Render_TimelineNextPage_IsButtonRunningTheNextPage()
    {
        var next = Core.Commands.CommandInvocations.Of(Core.Commands.CommandCatalogue.Timeline, ("topic", "New START"), ("page", "2"));
        var reply = new Reply
        {
            Command = "timeline",
            Heading = "Timeline of New START: 12 dated items",
            Footer = "Page 1 of 2.",
            Actions = [new ReplyAction("Next page", next)],
        };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        var row = Assert.Single(message.Keyboard!.Rows);
        var button = Assert.Single(row);
        Assert.Equal(new InlineButton("Next page", "/timeline New START page 2"), button);
        Assert.Equal("<b>Timeline of New START: 12 dated items</b>\n\nPage 1 of 2.", message.Html);
    }

    [Fact]
    public void Render_LongNonAsciiTopic_NeverSendsCallbackDataOver64Bytes()
    {
        const string longTopic = "Договор о сокращении стратегических наступательных вооружений";
        var reply = Reply.Problem(
            "brief",
            "I found nothing. You could try one of these topics:",
            [
                new Suggestion(SuggestionKind.Topic, longTopic, ReplyParts.Invocation("/brief " + longTopic)),
                new Suggestion(SuggestionKind.Topic, "Договор СНВ", ReplyParts.Invocation("/brief Договор СНВ")),
            ]);

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        var buttons = message.Keyboard!.Rows.SelectMany(r => r).ToArray();
        Assert.All(buttons, b => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(b.CallbackData), 1, 64));
        Assert.Equal("/brief Договор СНВ", Assert.Single(buttons).CallbackData);
        Assert.EndsWith($"\n\n{longTopic}: /brief {longTopic}", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AttachmentWithHeading_RendersTheHeadingOnly()
    {
        var reply = new Reply
        {
            Command = "calendar",
            Heading = "A calendar of 3 upcoming dated items about all topics: briefingbot.ics",
            Attachment = new ReplyAttachment("briefingbot.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
        };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal("<b>A calendar of 3 upcoming dated items about all topics: briefingbot.ics</b>", message.Html);
        Assert.Null(message.Keyboard);
    }

    [Fact]
    public void Render_AttachmentAlone_RendersNoMessage()
    {
        var reply = new Reply { Command = "calendar", Attachment = new ReplyAttachment("a.ics", "text/calendar", "BEGIN:VCALENDAR") };

        Assert.Empty(TelegramReplyRenderer.Render(reply));
    }

    [Fact]
    public void Render_BlankTextOnly_RendersNoMessage()
    {
        var reply = new Reply { Command = "brief", Heading = " ", Paragraphs = ["", "  "], Footer = "" };

        Assert.Empty(TelegramReplyRenderer.Render(reply));
    }

    [Fact]
    public void Render_ButtonsWithoutText_GetAShortLineToHangOn()
    {
        var reply = new Reply { Command = "help", Suggestions = [new Suggestion(SuggestionKind.Command, "/help", ReplyParts.Invocation("/help"))] };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(TelegramReplyRenderer.ButtonsOnlyText, message.Html);
        Assert.NotNull(message.Keyboard);
    }

    [Fact]
    public void Render_FullReply_KeepsReadingOrder()
    {
        var reply = new Reply
        {
            Command = "brief",
            Heading = "H",
            Paragraphs = ["P1", "P2"],
            Entries = [new ReplyEntry("E1"), new ReplyEntry("E2")],
            Summary = [new SummarySentence("S1", ReplyParts.Source(url: null, title: "T"))],
            Quotes = [new QuoteView("Q1", ReplyParts.Source(url: null, title: "T", publisher: null))],
            Footer = "F",
        };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));

        Assert.Equal(
            "<b>H</b>\nP1\nP2\n\n\u2022 E1\n\u2022 E2\n\n\u2022 S1 (<i>T</i>)\n\n<blockquote>Q1</blockquote>\n\u2014 <i>T</i>, January 17, 2026\n\nF",
            message.Html);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
