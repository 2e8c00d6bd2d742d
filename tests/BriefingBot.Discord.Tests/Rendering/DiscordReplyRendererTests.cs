using BriefingBot.Core.Commands;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Replies;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordReplyRendererTests
{
    private const string Z = "\u200B";
    private const string Link = "[Arms talks stall](" + ReplyParts.Url + ")";

    [Fact]
    public void Render_BriefReply_IsOneEmbedWithSummaryQuoteAndActionButtons()
    {
        var reply = new Reply
        {
            Command = "brief",
            Heading = "New START: from 2 articles",
            Summary =
            [
                new SummarySentence("The treaty caps deployed warheads at 1,550.", ReplyParts.Source()),
                new SummarySentence("Talks have *stalled* since 2023.", ReplyParts.Source(url: null, title: "Treaty notes", publisher: null, id: "notes")),
            ],
            Quotes = [new QuoteView("\u201CWe will not resume talks.\u201D", ReplyParts.Source())],
            Actions =
            [
                new ReplyAction("Timeline of New START", CommandInvocations.Of(CommandCatalogue.Timeline, ("topic", "New START"))),
                new ReplyAction("Remind this chat about New START", CommandInvocations.Of(CommandCatalogue.Subscribe, ("topic", "New START"))),
            ],
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Null(message.Content);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("New START: from 2 articles", embed.Title);
        Assert.Null(embed.Url);
        Assert.Equal(
            $"\u2022 The treaty caps deployed warheads at 1,550. \u2014 {Link}\n"
                + "\u2022 Talks have \\*stalled\\* since 2023. \u2014 *Treaty notes*\n\n"
                + "> We will not resume talks.\n"
                + $"\u2014 {Link}, Example Times, January 17, 2026",
            embed.Description);
        Assert.Empty(embed.Fields);
        Assert.Null(embed.Footer);
        Assert.Equal(
            [
                new RenderedButton("Timeline of New START", "cmd:/timeline New START", DiscordButtonStyle.Primary),
                new RenderedButton("Remind this chat about New START", "cmd:/subscribe New START", DiscordButtonStyle.Primary),
            ],
            Assert.Single(message.Components).Buttons);
        Assert.Empty(DiscordLimitCheck.Violations(message));
    }

    [Fact]
    public void Render_TimelineNextPage_IsPrimaryButtonRunningTheNextPage()
    {
        var reply = new Reply
        {
            Command = "timeline",
            Heading = "Timeline of New START: 12 dated items",
            Footer = "Page 1 of 2.",
            Actions = [new ReplyAction("Next page", ReplyParts.TimelinePage("New START", 2))],
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        var button = Assert.Single(Assert.Single(message.Components).Buttons);
        Assert.Equal(new RenderedButton("Next page", "cmd:/timeline New START page 2", DiscordButtonStyle.Primary), button);
        Assert.True(DiscordCustomId.TryRead(button.CustomId, out var text));
        Assert.Equal("/timeline New START page 2", text);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Timeline of New START: 12 dated items", embed.Title);
        Assert.Null(embed.Description);
        Assert.Equal("Page 1 of 2.", embed.Footer);
    }

    [Fact]
    public void Render_EchoedHostileText_IsEscapedAndInertInTitleAndDescription()
    {
        const string typed = "@everyone <@123456> <@&987> **bold** [x](http://evil) `code` > quote";
        var reply = new Reply
        {
            Command = "brief",
            Ok = false,
            Heading = ReplyText.Of($"Nothing on {Echo.Short(typed, 200)}"),
            Paragraphs = [ReplyText.Of($"I found nothing about \u201C{Echo.Short(typed, 200)}\u201D in the articles I know.")],
        };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        const string inert = "@" + Z + "everyone \\<" + Z + "@" + Z + "123456> \\<" + Z + "@" + Z + "&987> \\*\\*bold\\*\\* "
            + "\\[x\\]\\(http:" + Z + "//evil\\) \\`code\\` > quote";
        Assert.Equal("Nothing on " + inert, embed.Title);
        Assert.Equal("I found nothing about \u201C" + inert + "\u201D in the articles I know.", embed.Description);
    }

    [Fact]
    public void Render_UserTextAtTheStartOfAParagraph_HasItsBlockMarkersEscaped()
    {
        var reply = Reply.Problem("brief", ReplyText.User("> # - 1. quote"));

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal("\\> # - 1. quote", embed.Description);
    }

    [Fact]
    public void Render_CorpusText_IsEscapedButNotMentionProofedBeyondEveryoneAndHere()
    {
        var reply = new Reply
        {
            Command = "brief",
            Summary = [new SummarySentence("Posted by @StateDept on *state.gov* for @everyone <t:1>.", ReplyParts.Source())],
        };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal($"\u2022 Posted by @StateDept on \\*state.gov\\* for @{Z}everyone \\<t:1>. \u2014 {Link}", embed.Description);
    }

    [Theory]
    [InlineData("https://example.org/arms-talks", "[Arms talks stall](https://example.org/arms-talks)")]
    [InlineData("http://example.org/a", "[Arms talks stall](http://example.org/a)")]
    [InlineData("javascript:alert(1)", "*Arms talks stall*")]
    [InlineData("ftp://example.org/a", "*Arms talks stall*")]
    [InlineData("not a url", "*Arms talks stall*")]
    [InlineData(null, "*Arms talks stall*")]
    public void Render_SummarySource_IsMaskedLinkOnlyForHttpUrls(string? url, string expectedSource)
    {
        var reply = new Reply { Command = "brief", Summary = [new SummarySentence("Talks stalled.", ReplyParts.Source(url))] };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal($"\u2022 Talks stalled. \u2014 {expectedSource}", embed.Description);
    }

    [Theory]
    [InlineData("\u201CWe will not resume talks.\u201D")]
    [InlineData("\"We will not resume talks.\"")]
    [InlineData("We will not resume talks.")]
    public void Render_QuoteAlreadyInQuotationMarks_IsNotDoubled(string passage)
    {
        var reply = new Reply { Command = "quote", Quotes = [new QuoteView(passage, ReplyParts.Source(url: null, publisher: null))] };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal("> We will not resume talks.\n\u2014 *Arms talks stall*, January 17, 2026", embed.Description);
    }

    [Fact]
    public void Render_MultiLineQuote_QuotesEveryLine()
    {
        var reply = new Reply { Command = "quote", Quotes = [new QuoteView("First line.\n- Second line.", ReplyParts.Source(url: null))] };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal("> First line.\n> \\- Second line.\n\u2014 *Arms talks stall*, Example Times, January 17, 2026", embed.Description);
    }

    [Fact]
    public void Render_DatedItem_IsFieldWithDateLabelNoteQuoteAndSource()
    {
        var item = new DatedItemView(
            "k1",
            DateSpan.OnDay(new DateOnly(2026, 2, 5)),
            "New START expires",
            "\u201CThe treaty expires on February 5, 2026.\u201D",
            ReplyParts.Source(),
            Note: "Sources differ on this date: February 4, 2026 (a); February 5, 2026 (b)");
        var reply = new Reply { Command = "timeline", Heading = "Timeline of New START: 1 dated item", Items = [item] };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal("Timeline of New START: 1 dated item", embed.Title);
        Assert.Equal(ReplyParts.Url, embed.Url);
        Assert.Null(embed.Description);
        var field = Assert.Single(embed.Fields);
        Assert.Equal("February 5, 2026: New START expires", field.Name);
        Assert.Equal(
            "*Sources differ on this date: February 4, 2026 \\(a\\); February 5, 2026 \\(b\\)*\n"
                + "> The treaty expires on February 5, 2026.\n"
                + $"\u2014 {Link}, Example Times, January 17, 2026",
            field.Value);
        Assert.False(field.Inline);
    }

    [Fact]
    public void Render_ItemQuoteOverFieldLimit_GoesOnInFieldsNamedWithAZeroWidthSpace()
    {
        var passage = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"Clause {i} binds *both* parties."));
        var item = new DatedItemView("k", DateSpan.OnDay(new DateOnly(2026, 2, 5)), "Treaty text", passage, ReplyParts.Source());
        var reply = new Reply { Command = "timeline", Items = [item] };

        var messages = DiscordReplyRenderer.Render(reply);

        DiscordLimitCheck.AssertWithinLimits(messages);
        var fields = messages.SelectMany(m => m.Embeds).SelectMany(e => e.Fields).ToList();
        Assert.True(fields.Count >= 4);
        Assert.Equal("February 5, 2026: Treaty text", fields[0].Name);
        Assert.All(fields.Skip(1), f => Assert.Equal(Z, f.Name));
        Assert.All(fields.SkipLast(1), f => Assert.StartsWith("> Clause ", f.Value, StringComparison.Ordinal));
        Assert.EndsWith($"\u2014 {Link}, Example Times, January 17, 2026", fields[^1].Value, StringComparison.Ordinal);
        var quoted = string.Join(' ', fields.SelectMany(f => f.Value.Split('\n')).Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..]));
        Assert.Equal(passage, Markdown.Visible(quoted));
    }

    [Fact]
    public void Render_HugeReply_RespectsEveryLimitAndLosesNothing()
    {
        var reply = HugeReply();

        var messages = DiscordReplyRenderer.Render(reply);

        Assert.True(messages.Count > 3, $"{messages.Count} messages");
        DiscordLimitCheck.AssertWithinLimits(messages);
        Assert.NotEmpty(messages[^1].Components);
        Assert.All(messages, m => Assert.Null(m.Content));
        Assert.Equal(1, messages.SelectMany(m => m.Embeds).Count(e => e.Title is not null));

        var descriptions = messages.SelectMany(m => m.Embeds).Select(e => e.Description).OfType<string>().ToList();
        var read = Markdown.Squeezed(Markdown.Visible(string.Join('\n', descriptions.SelectMany(d => d.Split('\n')).Select(l => l.StartsWith("> ", StringComparison.Ordinal) ? l[2..] : l))));
        Assert.All(reply.Summary, s => Assert.Contains(Markdown.Squeezed(s.Text), read, StringComparison.Ordinal));
        Assert.All(reply.Quotes, q => Assert.Contains(Markdown.Squeezed(q.Text), read, StringComparison.Ordinal));
        Assert.All(reply.Entries, e => Assert.Contains(Markdown.Squeezed(e.Text.ToString()), read, StringComparison.Ordinal));

        var named = messages.SelectMany(m => m.Embeds).SelectMany(e => e.Fields).Where(f => f.Name != Z).Select(f => Markdown.Visible(f.Name)).ToList();
        Assert.Equal(reply.Items.Select(i => $"{i.When.ToDisplayString()}: {i.Label}"), named);
        Assert.Equal("Page 1 of 9 for @" + Z + "everyone.", messages[^1].Embeds[^1].Footer);

        var buttons = messages[^1].Components.SelectMany(r => r.Buttons).ToList();
        Assert.InRange(buttons.Count, 1, 25);
        Assert.Equal(["Previous page", "Next page"], buttons.Take(2).Select(b => b.Label));
        Assert.All(buttons.Take(2), b => Assert.Equal(DiscordButtonStyle.Primary, b.Style));
        Assert.All(buttons.Skip(2), b => Assert.Equal(DiscordButtonStyle.Secondary, b.Style));
        Assert.Contains(descriptions, d => d.Contains("Remind this chat: `/subscribe topic:", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SplitReply_KeepsComponentsOnTheLastMessageOnly()
    {
        var reply = new Reply
        {
            Command = "timeline",
            Summary = [.. Enumerable.Range(1, 60).Select(i => new SummarySentence($"Sentence {i} " + new string('y', 200), ReplyParts.Source()))],
            Actions = [new ReplyAction("Next page", ReplyParts.TimelinePage("New START", 2))],
        };

        var messages = DiscordReplyRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages.SkipLast(1), m => Assert.Empty(m.Components));
        Assert.Equal("cmd:/timeline New START page 2", Assert.Single(Assert.Single(messages[^1].Components).Buttons).CustomId);
        DiscordLimitCheck.AssertWithinLimits(messages);
    }

    [Fact]
    public void Render_LongNonAsciiTopic_NeverWritesCustomIdOver100AndHintsItInstead()
    {
        var longTopic = string.Concat(Enumerable.Repeat("Договор о сокращении стратегических наступательных вооружений ", 2)).Trim();
        var reply = Reply.Problem(
            "brief",
            "I found nothing. You could try one of these topics:",
            [
                new Suggestion(SuggestionKind.Topic, longTopic, ReplyParts.Brief(longTopic)),
                new Suggestion(SuggestionKind.Topic, "Договор СНВ", ReplyParts.Brief("Договор СНВ")),
            ]);

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        var buttons = message.Components.SelectMany(r => r.Buttons).ToList();
        Assert.All(buttons, b => Assert.InRange(b.CustomId.Length, 1, 100));
        Assert.Equal(new RenderedButton("Договор СНВ", "cmd:/brief Договор СНВ", DiscordButtonStyle.Secondary), Assert.Single(buttons));
        Assert.Equal(
            $"I found nothing. You could try one of these topics:\n\n{longTopic}: `/brief topic:{longTopic}`",
            Assert.Single(message.Embeds).Description);
        Assert.Empty(DiscordLimitCheck.Violations(message));
    }

    [Fact]
    public void Render_EntriesWithCommands_AreSecondaryButtonsAfterActionsAndSuggestions()
    {
        var reply = new Reply
        {
            Command = "topics",
            Heading = "I can brief you on 2 topics",
            Entries =
            [
                new ReplyEntry("New START (also: NST): 12 articles", Action: ReplyParts.Brief("New START")),
                new ReplyEntry("NATO: 3 articles", Action: ReplyParts.Brief("NATO")),
            ],
            Suggestions = [new Suggestion(SuggestionKind.Command, "/help", CommandInvocations.Of(CommandCatalogue.Help))],
            Actions = [new ReplyAction("Remind this chat of every dated item", CommandInvocations.Of(CommandCatalogue.Subscribe))],
            Footer = "Ask with /brief <topic>, for example /brief New START.",
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Equal(
            [
                [("Remind this chat of every dated item", "cmd:/subscribe", DiscordButtonStyle.Primary)],
                [("/help", "cmd:/help", DiscordButtonStyle.Secondary)],
                [("/brief New START", "cmd:/brief New START", DiscordButtonStyle.Secondary), ("/brief NATO", "cmd:/brief NATO", DiscordButtonStyle.Secondary)],
            ],
            message.Components.Select(r => r.Buttons.Select(b => (b.Label, b.CustomId, b.Style)).ToArray()).ToArray());
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("\u2022 New START \\(also: NST\\): 12 articles\n\u2022 NATO: 3 articles", embed.Description);
        Assert.Equal("Ask with /brief <topic>, for example /brief New START.", embed.Footer);
    }

    [Fact]
    public void Render_SameCommandOfferedTwice_IsOneButton()
    {
        var reply = new Reply
        {
            Command = "brief",
            Paragraphs = ["Try again."],
            Entries = [new ReplyEntry("NATO", Action: ReplyParts.Brief("NATO"))],
            Suggestions = [new Suggestion(SuggestionKind.Topic, "NATO", ReplyParts.Brief("NATO"))],
            Actions = [new ReplyAction("Brief NATO", ReplyParts.Brief("NATO"))],
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        var button = Assert.Single(Assert.Single(message.Components).Buttons);
        Assert.Equal(new RenderedButton("Brief NATO", "cmd:/brief NATO", DiscordButtonStyle.Primary), button);
        Assert.Equal("Try again.\n\n\u2022 NATO", Assert.Single(message.Embeds).Description);
    }

    [Fact]
    public void Render_MoreThan25Offers_KeepsActionsFirstAndHintsTheSuggestionsLeftOver()
    {
        var reply = new Reply
        {
            Command = "brief",
            Paragraphs = ["Pick one."],
            Actions = [.. Enumerable.Range(1, 3).Select(i => new ReplyAction($"Page {i}", ReplyParts.TimelinePage("NATO", i)))],
            Suggestions = [.. Enumerable.Range(1, 30).Select(i => new Suggestion(SuggestionKind.Topic, $"Topic {i}", ReplyParts.Brief($"Topic {i}")))],
            Entries = [new ReplyEntry("Other", Action: ReplyParts.Brief("Other"))],
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Equal([3, 5, 5, 5, 5], message.Components.Select(r => r.Buttons.Count));
        Assert.Equal("Topic 20", message.Components[^1].Buttons[^1].Label);
        var hints = Assert.Single(message.Embeds).Description!.Split('\n').Where(l => l.StartsWith("Topic ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(21, 10).Select(i => $"Topic {i}: `/brief topic:Topic {i}`"), hints);
        Assert.Empty(DiscordLimitCheck.Violations(message));
    }

    [Fact]
    public void Render_LongButtonLabel_IsCutTo80Characters()
    {
        var label = "Remind this chat about " + new string('n', 100);
        var reply = new Reply { Command = "brief", Paragraphs = ["x"], Actions = [new ReplyAction(label, ReplyParts.Invocation("/subscribe N"))] };

        var button = Assert.Single(Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Components).Buttons);

        Assert.Equal(80, button.Label.Length);
        Assert.EndsWith("n\u2026", button.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FooterWithUserText_IsPlainTextAndInert()
    {
        var reply = new Reply { Command = "timeline", Heading = "T", Footer = ReplyText.Of($"Page 1 of 2 for *{new UserText("@here <#1>")}*.") };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal("Page 1 of 2 for *@" + Z + "here <" + Z + "#1>*.", embed.Footer);
    }

    [Fact]
    public void Render_FooterTooLongForAFooter_BecomesTheLastDescriptionLine()
    {
        var footer = string.Join(' ', Enumerable.Repeat("Sources: *a* and b.", 120));
        var reply = new Reply { Command = "sources", Heading = "T", Paragraphs = ["P"], Footer = footer };

        var messages = DiscordReplyRenderer.Render(reply);

        DiscordLimitCheck.AssertWithinLimits(messages);
        var embed = Assert.Single(Assert.Single(messages).Embeds);
        Assert.Null(embed.Footer);
        Assert.Equal("P\n\n" + footer.Replace("*", "\\*", StringComparison.Ordinal), embed.Description);
    }

    [Fact]
    public void Render_HeadingTooLongForATitle_OpensTheDescriptionInBold()
    {
        var heading = "Quotes on " + string.Join(" + ", Enumerable.Range(1, 40).Select(i => $"Topic {i}"));
        var reply = new Reply { Command = "quote", Heading = heading, Paragraphs = ["More."] };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.True(heading.Length > 256);
        Assert.Null(embed.Title);
        Assert.Equal($"**{heading}**\nMore.", embed.Description);
    }

    [Fact]
    public void Render_HeadingOnSeveralLines_IsATitleOnOne()
    {
        var reply = new Reply { Command = "brief", Heading = ReplyText.Of($"Briefing on\n{new UserText("# NATO\r\nnow")}") };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal("Briefing on # NATO now", embed.Title);
    }

    [Fact]
    public void Render_EverythingFromOneArticle_LinksTheTitleToIt()
    {
        var reply = new Reply
        {
            Command = "quote",
            Heading = "Quotes on New START",
            Quotes = [new QuoteView("One.", ReplyParts.Source()), new QuoteView("Two.", ReplyParts.Source())],
        };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal(ReplyParts.Url, embed.Url);
    }

    [Fact]
    public void Render_EntryNamingItsSource_LinksTheTitleInPlace()
    {
        var source = ReplyParts.Source();
        var reply = new Reply
        {
            Command = "sources",
            Heading = "I know 2 articles",
            Entries =
            [
                new ReplyEntry($"{ReplyFormat.Attribution(source)} [{source.ArticleId}]", source),
                new ReplyEntry("Feb 5: treaty expires", ReplyParts.Source(id: "other")),
            ],
        };

        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds);

        Assert.Equal(
            $"\u2022 {Link}, Example Times, January 17, 2026, {ReplyParts.Url} \\[arms-talks\\]\n"
                + $"\u2022 Feb 5: treaty expires \u2014 {Link}",
            embed.Description);
        Assert.Null(embed.Url);
    }

    [Fact]
    public void Render_FullReply_KeepsReadingOrderAndStartsAnEmbedForTextAfterFields()
    {
        var source = ReplyParts.Source(url: null, title: "T", publisher: null);
        var reply = new Reply
        {
            Command = "brief",
            Heading = "H",
            Paragraphs = ["P1", "P2"],
            Entries = [new ReplyEntry("E1"), new ReplyEntry("E2")],
            Summary = [new SummarySentence("S1", source)],
            Quotes = [new QuoteView("Q1", source)],
            Items = [new DatedItemView("k", ReplyParts.January17, "I1", "Q2", source)],
            Actions = [new ReplyAction("Remind me", CommandInvocations.Of(CommandCatalogue.Subscribe, ("topic", new string('x', 100))))],
            Footer = "F",
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Equal(2, message.Embeds.Count);
        Assert.Equal("H", message.Embeds[0].Title);
        Assert.Equal("P1\nP2\n\n\u2022 E1\n\u2022 E2\n\n\u2022 S1 \u2014 *T*\n\n> Q1\n\u2014 *T*, January 17, 2026", message.Embeds[0].Description);
        Assert.Equal([("January 17, 2026: I1", "> Q2\n\u2014 *T*, January 17, 2026")], message.Embeds[0].Fields.Select(f => (f.Name, f.Value)));
        Assert.Null(message.Embeds[0].Footer);
        Assert.Null(message.Embeds[1].Title);
        Assert.Equal($"Remind me: `/subscribe topic:{new string('x', 100)}`", message.Embeds[1].Description);
        Assert.Equal("F", message.Embeds[1].Footer);
        Assert.Empty(message.Components);
    }

    [Fact]
    public void Render_AttachmentWithHeadingOnly_SendsTheHeadingAsContent()
    {
        var reply = new Reply
        {
            Command = "calendar",
            Heading = "A calendar of 3 upcoming dated items about all topics: briefingbot.ics",
            Attachment = new ReplyAttachment("briefingbot.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Equal("A calendar of 3 upcoming dated items about all topics: briefingbot.ics", message.Content);
        Assert.Empty(message.Embeds);
        Assert.Empty(message.Components);
        Assert.Empty(DiscordLimitCheck.Violations(message, fileAttached: true));
    }

    [Fact]
    public void Render_AttachmentAlone_IsOneMessageWaitingForTheFile()
    {
        var reply = new Reply { Command = "calendar", Attachment = new ReplyAttachment("a.ics", "text/calendar", "BEGIN:VCALENDAR") };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Null(message.Content);
        Assert.Empty(message.Embeds);
        Assert.Empty(message.Components);
        Assert.Empty(DiscordLimitCheck.Violations(message, fileAttached: true));
    }

    [Fact]
    public void Render_AttachmentWithMoreText_IsRenderedAsEmbeds()
    {
        var reply = new Reply
        {
            Command = "calendar",
            Heading = "Calendar",
            Paragraphs = ["3 items."],
            Attachment = new ReplyAttachment("a.ics", "text/calendar", "BEGIN:VCALENDAR"),
        };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Null(message.Content);
        Assert.Equal("3 items.", Assert.Single(message.Embeds).Description);
    }

    [Fact]
    public void Render_BlankReply_RendersNoMessage()
    {
        var reply = new Reply { Command = "brief", Heading = " ", Paragraphs = ["", "  "], Footer = "" };

        Assert.Empty(DiscordReplyRenderer.Render(reply));
    }

    [Fact]
    public void Render_ButtonsWithoutText_GetAShortContentLine()
    {
        var reply = new Reply { Command = "help", Suggestions = [new Suggestion(SuggestionKind.Command, "/help", CommandInvocations.Of(CommandCatalogue.Help))] };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Equal(DiscordReplyRenderer.ButtonsOnlyText, message.Content);
        Assert.Empty(message.Embeds);
        Assert.Single(message.Components);
    }

    /// <summary>A reply far over every limit: 80 summary sentences, 30 entries, 6 quotes of 5,000 characters, 40 items with long quotes.</summary>
    private static Reply HugeReply()
    {
        const string sentence = "Clause {0} says A & B < C, *not* _D_ ~~or~~ `E` [F](G) \U0001F600 and @everyone, ";
        var sources = Enumerable.Range(1, 5).Select(i => ReplyParts.Source(url: $"https://example.org/a{i}", title: $"Article {i}", id: $"a{i}")).ToArray();
        return new Reply
        {
            Command = "brief",
            Heading = ReplyText.Of($"Everything about {new UserText("<@123> @here")}"),
            Paragraphs = ["A very long reply.", "It goes on."],
            Entries = [.. Enumerable.Range(1, 30).Select(i => new ReplyEntry($"Topic {i} (also: T{i}): {i} articles", Action: ReplyParts.Brief($"Topic {i}")))],
            Summary = [.. Enumerable.Range(1, 80).Select(i => new SummarySentence(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, i) + new string('w', 150) + ".",
                sources[i % sources.Length]))],
            Quotes = [.. Enumerable.Range(1, 6).Select(i => new QuoteView(
                string.Join(' ', Enumerable.Range(1, 120).Select(j => $"Quote {i} part {j} says *this* and - that.")),
                sources[i % sources.Length]))],
            Items = [.. Enumerable.Range(1, 40).Select(i => new DatedItemView(
                $"k{i}",
                DateSpan.OnDay(new DateOnly(2026, 1, 1).AddDays(i)),
                $"Item {i} label with *stars* and # hashes",
                string.Join(' ', Enumerable.Repeat($"Item {i} quote with <angle> brackets and (parentheses).", 30)),
                sources[i % sources.Length],
                Note: i % 3 == 0 ? $"Sources differ on item {i}" : null))],
            Suggestions = [.. Enumerable.Range(1, 30).Select(i => new Suggestion(SuggestionKind.Topic, $"Suggested {i}", ReplyParts.Brief($"Suggested {i}")))],
            Actions =
            [
                new ReplyAction("Previous page", ReplyParts.TimelinePage("New START", 1)),
                new ReplyAction("Next page", ReplyParts.TimelinePage("New START", 3)),
                new ReplyAction("Remind this chat", CommandInvocations.Of(CommandCatalogue.Subscribe, ("topic", new string('t', 120)))),
            ],
            Footer = ReplyText.Of($"Page 1 of 9 for {new UserText("@everyone")}."),
        };
    }
}
