using System.Text;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;
using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramKeyboardLayoutTests
{
    [Fact]
    public void For_TopicEntries_GiveAtMostEightButtonsTwoARowNamedBeforeTheParenthesis()
    {
        var entries = Enumerable.Range(1, 10)
            .Select(i => new ReplyEntry(
                $"Topic {i} (also: T{i}, Theme {i}): {i} articles",
                Action: CommandInvocations.Of(CommandCatalogue.Brief, ("topic", $"Topic {i}"))))
            .ToArray();

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "topics", Entries = entries });

        var rows = layout.Keyboard!.Rows;
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(2, r.Count));
        Assert.Equal(new InlineButton("/brief Topic 1", "/brief Topic 1"), rows[0][0]);
        Assert.Equal(new InlineButton("/brief Topic 8", "/brief Topic 8"), rows[3][1]);
        Assert.Empty(layout.Hints);
    }

    [Fact]
    public void For_SubscriptionEntry_NamesTheCommandItRuns()
    {
        var entry = new ReplyEntry(
            "New START: 7 days before, 1 day before at 09:00 Europe/Berlin",
            Action: CommandInvocations.Of(CommandCatalogue.Unsubscribe, ("topic", "New START")));

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "subscriptions", Entries = [entry] });

        Assert.Equal(new InlineButton("/unsubscribe New START", "/unsubscribe New START"), Assert.Single(Assert.Single(layout.Keyboard!.Rows)));
    }

    [Fact]
    public void For_EntryNameOverThirtyCharacters_IsCut()
    {
        var entry = new ReplyEntry("A very long topic name that goes on and on: 3 articles", Action: ReplyParts.Invocation("/brief Long"));

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "topics", Entries = [entry] });

        Assert.Equal("/brief A very long topic name that g\u2026", Assert.Single(Assert.Single(layout.Keyboard!.Rows)).Text);
    }

    [Fact]
    public void For_Suggestions_AreThreeARow()
    {
        var suggestions = Enumerable.Range(1, 5)
            .Select(i => new Suggestion(SuggestionKind.Topic, $"Topic {i}", ReplyParts.Invocation($"/brief Topic {i}")))
            .ToArray();

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "brief", Suggestions = suggestions });

        Assert.Equal([3, 2], layout.Keyboard!.Rows.Select(r => r.Count));
    }

    [Fact]
    public void For_ShortActions_ShareARowAndLongOnesHaveTheirOwn()
    {
        var actions = new[]
        {
            new ReplyAction("Previous page", ReplyParts.Invocation("/timeline New START page 1")),
            new ReplyAction("Next page", ReplyParts.Invocation("/timeline New START page 3")),
            new ReplyAction("Timeline of New START", ReplyParts.Invocation("/timeline New START")),
            new ReplyAction("Remind this chat about New START", ReplyParts.Invocation("/subscribe New START")),
        };

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "timeline", Actions = actions });

        Assert.Equal(
            [["Previous page", "Next page"], ["Timeline of New START"], ["Remind this chat about New START"]],
            layout.Keyboard!.Rows.Select(r => r.Select(b => b.Text).ToArray()).ToArray());
    }

    [Fact]
    public void For_RowsGoEntriesThenSuggestionsThenActions()
    {
        var reply = new Reply
        {
            Command = "x",
            Entries = [new ReplyEntry("E", Action: ReplyParts.Invocation("/brief E"))],
            Suggestions = [new Suggestion(SuggestionKind.Command, "/help", ReplyParts.Invocation("/help"))],
            Actions = [new ReplyAction("Next page", ReplyParts.Invocation("/timeline page 2"))],
        };

        var layout = TelegramKeyboardLayout.For(reply);

        Assert.Equal(["/brief E", "/help", "/timeline page 2"], layout.Keyboard!.Rows.Select(r => Assert.Single(r).CallbackData));
    }

    [Fact]
    public void For_ActionTooLongForCallbackData_BecomesAnEscapedHint()
    {
        var text = "/subscribe <Strategic & Tactical Nuclear Arms Control> 30d,7d,1d Europe/Berlin 9";
        var layout = TelegramKeyboardLayout.For(new Reply { Command = "brief", Actions = [new ReplyAction("Remind me", ReplyParts.Invocation(text))] });

        Assert.Null(layout.Keyboard);
        Assert.Equal("Remind me: /subscribe &lt;Strategic &amp; Tactical Nuclear Arms Control&gt; 30d,7d,1d Europe/Berlin 9", Assert.Single(layout.Hints));
    }

    [Fact]
    public void For_EntryTooLongForCallbackData_GetsNoButtonAndNoHint()
    {
        var entry = new ReplyEntry("Long", Action: ReplyParts.Invocation("/brief " + new string('x', 60)));

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "topics", Entries = [entry] });

        Assert.Null(layout.Keyboard);
        Assert.Empty(layout.Hints);
    }

    [Fact]
    public void For_LongLabel_IsCutToSixtyFourCharacters()
    {
        var label = "Remind this chat about " + new string('n', 80);

        var layout = TelegramKeyboardLayout.For(new Reply { Command = "brief", Actions = [new ReplyAction(label, ReplyParts.Invocation("/subscribe N"))] });

        var text = Assert.Single(Assert.Single(layout.Keyboard!.Rows)).Text;
        Assert.Equal(64, text.Length);
        Assert.EndsWith("n\u2026", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/brief", true)]
    [InlineData("", false)]
    [InlineData("/brief Договор о сокращении стратегических", false)]
    [InlineData("/brief Договор СНВ", true)]
    public void FitsCallbackData_Text_CountsUtf8Bytes(string text, bool expected)
    {
        Assert.Equal(expected, TelegramKeyboardLayout.FitsCallbackData(text));
        Assert.Equal(expected, text.Length > 0 && Encoding.UTF8.GetByteCount(text) <= 64);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void FitsCallbackData_AsciiText_AllowsOneToSixtyFourBytes(int length, bool expected) =>
        Assert.Equal(expected, TelegramKeyboardLayout.FitsCallbackData(new string('a', length)));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly ten", 11, "exactly ten")]
    [InlineData("one two three", 8, "one two\u2026")]
    [InlineData("ab\U0001F600cd", 4, "ab\u2026")]
    public void Truncate_Text_EndsInEllipsisWithinMax(string text, int max, string expected) =>
        Assert.Equal(expected, TelegramKeyboardLayout.Truncate(text, max));
}
