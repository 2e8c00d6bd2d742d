using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Testing.Telegram.Tests;

/// <summary>Pins how Telegram.Bot 22.10.3.3 puts requests on the wire, as seen by the fake server.</summary>
public sealed class WireFormatTests
{
    [Fact]
    public async Task TelegramBot_SendsParseModeHtmlSpelledHtml()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.SendMessage(42, "<b>x</b>", ParseMode.Html);
        await telegram.Bot.SendMessage(42, "*x*", ParseMode.MarkdownV2);

        Assert.Equal(["Html", "MarkdownV2"], telegram.Server.Requests.Select(r => r.GetString("parse_mode")));
    }

    [Fact]
    public async Task TelegramBot_SendsJsonBodiesAsUtf8Json()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.SendMessage(42, "<b>x</b> & y");

        var request = Assert.Single(telegram.Server.Requests);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Contains("\\u003Cb\\u003E", request.RawBody); // System.Text.Json's HTML-safe escaping; Telegram decodes it
        Assert.Equal("<b>x</b> & y", request.GetString("text"));
    }

    [Fact]
    public async Task TelegramBot_UploadsStreamsAsMultipartWithEveryOtherValueAsText()
    {
        await using var telegram = new FakeTelegram();
        await using var stream = new MemoryStream([1, 2, 3]);

        await telegram.Bot.SendDocument(
            42,
            InputFile.FromStream(stream, "a.bin"),
            caption: "c",
            disableNotification: true,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("a", "b")));

        var request = Assert.Single(telegram.Server.Requests);
        Assert.Equal(RequestEncoding.Multipart, request.Encoding);
        Assert.Equal("42", request.Parameters["chat_id"]!.GetValue<string>());
        Assert.Equal("True", request.Parameters["disable_notification"]!.GetValue<string>());
        Assert.Equal("""{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}""", request.Parameters["reply_markup"]!.GetValue<string>());
        var file = Assert.Single(request.Files);
        Assert.Equal(("0", "application/octet-stream"), (file.FieldName, file.ContentType));
        Assert.Empty(Spec.Api.Validate(request));
    }

    [Fact]
    public async Task TelegramBot_SendsAFileIdAsPlainJson()
    {
        await using var telegram = new FakeTelegram();

        var sent = await telegram.Bot.SendDocument(42, InputFile.FromFileId("BQACAgIAAxkB"));

        var request = Assert.Single(telegram.Server.Requests);
        Assert.Equal(RequestEncoding.Json, request.Encoding);
        Assert.Equal("BQACAgIAAxkB", request.GetString("document"));
        Assert.Equal("BQACAgIAAxkB", sent.Document!.FileId);
        Assert.Empty(Spec.Api.Validate(request));
    }

    [Fact]
    public async Task TelegramBot_SendsAnExplicitZeroTimeoutButOmitsUnsetOptions()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.GetUpdates(offset: 1, timeout: 0);

        Assert.Equal("""{"offset":1,"timeout":0}""", Assert.Single(telegram.Server.Requests).RawBody);
    }
}
