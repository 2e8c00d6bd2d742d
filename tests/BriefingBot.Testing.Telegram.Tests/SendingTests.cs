using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using Telegram.Bot.Types;
using Telegram.Bot;
using Xunit.Abstractions;

namespace BriefingBot.Testing.Telegram.Tests;

public sealed class SendingTests(ITestOutputHelper output)
{
    private const long Supergroup = -1001234567890;

    [Fact]
    public async Task SendMessage_WithHtmlReplyPreviewThreadAndKeyboard_IsRecordedAndValid()
    {
        await using var telegram = new FakeTelegram();

        var sent = await telegram.Bot.SendMessage(
            Supergroup,
            "<b>Rust 1.90</b> &amp; friends",
            parseMode: ParseMode.Html,
            replyParameters: new ReplyParameters { MessageId = 7, AllowSendingWithoutReply = true },
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("More", "more:rust")),
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
            messageThreadId: 42);

        var request = await telegram.Server.WaitForRequestAsync("sendMessage");
        output.WriteLine(request.RawBody);
        Assert.Empty(Spec.Api.Validate(request));
        Assert.Equal(RequestEncoding.Json, request.Encoding);
        Assert.Equal(Supergroup, request.GetInt64("chat_id"));
        Assert.Equal("<b>Rust 1.90</b> &amp; friends", request.GetString("text"));
        Assert.Equal("HTML", request.GetString("parse_mode"), ignoreCase: true);
        Assert.Equal(42, request.GetInt64("message_thread_id"));
        Assert.Equal(7, request.GetJson("reply_parameters")!["message_id"]!.GetValue<int>());
        Assert.True(request.GetJson("link_preview_options")!["is_disabled"]!.GetValue<bool>());
        Assert.Equal("more:rust", request.GetJson("reply_markup")!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());

        Assert.Equal(Supergroup, sent.Chat.Id);
        Assert.Equal(ChatType.Supergroup, sent.Chat.Type);
        Assert.Equal(42, sent.MessageThreadId);
        Assert.Equal("<b>Rust 1.90</b> &amp; friends", sent.Text);
        Assert.Equal("more:rust", sent.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
    }

    [Fact]
    public async Task SendMessage_PlainText_SendsNoDefaultValuedFields()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.SendMessage(42, "Good morning");

        var request = await telegram.Server.WaitForRequestAsync("sendMessage");
        Assert.Equal(["chat_id", "text"], request.Parameters.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task SendMessage_GivesIncreasingMessageIdsAndDates()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 7, 30, 0, TimeSpan.Zero));
        await using var telegram = new FakeTelegram(new FakeBotApiServerOptions { TimeProvider = clock });

        var first = await telegram.Bot.SendMessage(42, "one");
        var second = await telegram.Bot.SendMessage(42, "two");

        Assert.True(second.Id > first.Id);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, first.Date);
        Assert.Equal(ChatType.Private, first.Chat.Type);
        Assert.Equal(telegram.Server.Bot.Id, first.From!.Id);
    }

    [Fact]
    public async Task SendMessage_LongerThan4096Characters_IsRejectedAsTooLong()
    {
        await using var telegram = new FakeTelegram();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(42, new string('a', 4097)));
        var fits = await telegram.Bot.SendMessage(42, "<b>" + new string('a', 4096) + "</b>", ParseMode.Html);

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message is too long", error.Message);
        Assert.NotNull(fits);
    }

    [Fact]
    public async Task EditMessageText_ChangesTheTextAndRejectsAnEditThatChangesNothing()
    {
        await using var telegram = new FakeTelegram();
        var sent = await telegram.Bot.SendMessage(42, "Loading…");

        var edited = await telegram.Bot.EditMessageText(42, sent.Id, "Done");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.EditMessageText(42, sent.Id, "Done"));

        Assert.Equal("Done", edited.Text);
        Assert.Equal(sent.Id, edited.Id);
        Assert.NotNull(edited.EditDate);
        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified", error.Message);
        Assert.All(telegram.Server.Requests, r => Assert.Empty(Spec.Api.Validate(r)));
    }

    [Fact]
    public async Task AnswerCallbackQuery_ForAPressedButton_IsRecordedAndValid()
    {
        await using var telegram = new FakeTelegram();
        var sent = await telegram.Bot.SendMessage(42, "Pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Rust", "topic:rust")));
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.CallbackQuery(42, sent.Id, "topic:rust"));

        var query = Assert.Single(await telegram.Bot.GetUpdates()).CallbackQuery!;
        await telegram.Bot.AnswerCallbackQuery(query.Id, "Subscribed");

        var request = await telegram.Server.WaitForRequestAsync("answerCallbackQuery");
        Assert.Equal(query.Id, request.GetString("callback_query_id"));
        Assert.Equal("Subscribed", request.GetString("text"));
        Assert.Empty(Spec.Api.Validate(request));
    }

    [Theory]
    [InlineData(FakeChatMemberStatus.Creator, ChatMemberStatus.Creator)]
    [InlineData(FakeChatMemberStatus.Administrator, ChatMemberStatus.Administrator)]
    [InlineData(FakeChatMemberStatus.Member, ChatMemberStatus.Member)]
    [InlineData(FakeChatMemberStatus.Restricted, ChatMemberStatus.Restricted)]
    [InlineData(FakeChatMemberStatus.Left, ChatMemberStatus.Left)]
    [InlineData(FakeChatMemberStatus.Kicked, ChatMemberStatus.Kicked)]
    public async Task GetChatMember_AnswersTheScriptedStatus(FakeChatMemberStatus scripted, ChatMemberStatus expected)
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.SetChatMemberStatus(Supergroup, 4242, scripted);

        var member = await telegram.Bot.GetChatMember(Supergroup, 4242);

        Assert.Equal(expected, member.Status);
        Assert.Equal(4242, member.User.Id);
    }

    [Fact]
    public async Task GetChatMember_DefaultsToMember()
    {
        await using var telegram = new FakeTelegram();

        var member = await telegram.Bot.GetChatMember(Supergroup, telegram.Server.Bot.Id);

        Assert.Equal(ChatMemberStatus.Member, member.Status);
        Assert.True(member.User.IsBot);
    }

    [Fact]
    public async Task SetMyCommands_IsValidAndReadBackPerScope()
    {
        await using var telegram = new FakeTelegram();
        BotCommand[] commands = [new() { Command = "brief", Description = "Today's briefing" }, new() { Command = "topics", Description = "List topics" }];

        await telegram.Bot.SetMyCommands(commands, BotCommandScope.AllGroupChats());
        var groupCommands = await telegram.Bot.GetMyCommands(BotCommandScope.AllGroupChats());
        var defaultCommands = await telegram.Bot.GetMyCommands();

        Assert.Equal(["brief", "topics"], groupCommands.Select(c => c.Command));
        Assert.Empty(defaultCommands);
        var request = await telegram.Server.WaitForRequestAsync("setMyCommands");
        Assert.Equal("all_group_chats", request.GetJson("scope")!["type"]!.GetValue<string>());
        Assert.All(telegram.Server.Requests, r => Assert.Empty(Spec.Api.Validate(r)));
    }

    [Theory]
    [InlineData("briefing-2026-11-27.md")]
    [InlineData("Überblick – Rust.md")]
    public async Task SendDocument_FromStream_IsRecordedWithTheFile(string fileName)
    {
        await using var telegram = new FakeTelegram();
        var bytes = "# Briefing\n\nRust 1.90 is out.\n"u8.ToArray();
        await using var stream = new MemoryStream(bytes);

        var sent = await telegram.Bot.SendDocument(Supergroup, InputFile.FromStream(stream, fileName), caption: "Today's briefing", messageThreadId: 3);

        var request = await telegram.Server.WaitForRequestAsync("sendDocument");
        Assert.Equal(RequestEncoding.Multipart, request.Encoding);
        Assert.Equal("attach://0", request.GetString("document"));
        var file = Assert.Single(request.Files);
        Assert.Equal("0", file.FieldName);
        Assert.Equal(fileName, file.FileName);
        Assert.Equal(bytes, file.Content);
        Assert.Same(file, request.GetFile("document"));
        Assert.Equal("Today's briefing", request.GetString("caption"));
        Assert.Equal(3, request.GetInt64("message_thread_id"));
        Assert.Empty(Spec.Api.Validate(request));

        Assert.Equal(fileName, sent.Document!.FileName);
        Assert.Equal(bytes.Length, sent.Document.FileSize);
        Assert.Equal("Today's briefing", sent.Caption);
    }
}
