using System.Text.Json.Nodes;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Telegram;

/// <summary>What Telegram users see beyond a plain answer: menus, topics of forums, buttons, files.</summary>
public sealed class TelegramInteractionTests
{
    private const long Forum = -1009999999999;

    [Fact]
    public async Task Start_RemovesAWebhookSaysSoAndPublishesTheMenuWithReminderCommandsForAdminsOnly()
    {
        await using var bot = new TelegramBotUnderTest();
        bot.Api.WebhookUrl = "https://old.example.com/hook";
        await bot.StartAsync();

        var menus = bot.Api.Requests.Where(r => r.Method == "setMyCommands").ToDictionary(
            r => r.GetJson("scope")?["type"]?.GetValue<string>() ?? "default",
            r => r.GetJson("commands")!.AsArray().Select(c => c!["command"]!.GetValue<string>()).ToArray());

        Assert.Contains(bot.Api.Requests, r => r.Method == "deleteWebhook");
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("webhook was set", StringComparison.Ordinal));
        Assert.DoesNotContain("subscribe", menus["default"]);
        Assert.Contains("subscribe", menus["all_chat_administrators"]);
        Assert.Contains("subscribe", menus["all_private_chats"]);
        bot.AssertRequestsMatchTheSpec();
    }

    [Fact]
    public async Task CommandInAForumTopic_IsAnsweredInTheSameTopic()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Forum, "/topics", FakeChatType.Supergroup, messageThreadId: 42, isTopicMessage: true));
        var reply = await bot.ReplyToAsync(Forum);

        Assert.Equal(42, reply.GetInt64("message_thread_id"));
    }

    [Fact]
    public async Task TimelineButton_IsAnsweredAndPagesByEditingTheMessage()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(90, "/timeline"));
        var first = await bot.ReplyToAsync(90);
        var next = Buttons(first).Single(b => b.Text == "Next page");
        Assert.Equal("/timeline page 2", next.Data);

        bot.Api.EnqueueUpdate(bot.Api.Updates.CallbackQuery(90, 1, next.Data));
        var edit = await bot.Api.WaitForRequestAsync("editMessageText", timeout: TelegramBotUnderTest.Patience);

        Assert.Contains(bot.Api.Requests, r => r.Method == "answerCallbackQuery");
        Assert.Equal(1, edit.GetInt64("message_id"));
        Assert.Contains("Page 2 of", edit.GetString("text")!, StringComparison.Ordinal);
        Assert.Contains(Buttons(edit), b => b.Text == "Previous page");
        bot.AssertRequestsMatchTheSpec();
    }

    [Fact]
    public async Task ButtonWithDataNoCommandReads_IsAnsweredSayingItNoLongerWorks()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.CallbackQuery(91, 5, "garbage that is no command"));
        var answer = await bot.Api.WaitForRequestAsync("answerCallbackQuery", timeout: TelegramBotUnderTest.Patience);

        Assert.Contains("no longer works", answer.GetString("text")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_IsSentAsAnIcsDocument()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(92, "/calendar"));
        var document = await bot.Api.WaitForRequestAsync("sendDocument", timeout: TelegramBotUnderTest.Patience);

        var file = Assert.Single(document.Files);
        Assert.Equal("briefingbot.ics", file.FileName);
        Assert.StartsWith("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        bot.AssertRequestsMatchTheSpec();
    }

    private static IEnumerable<(string Text, string Data)> Buttons(RecordedRequest request) =>
        (request.GetJson("reply_markup")?["inline_keyboard"]?.AsArray() ?? [])
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()));
}
