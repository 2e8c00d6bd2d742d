using System.Net;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Testing.Telegram.Tests;

public sealed class ServerBasicsTests
{
    [Fact]
    public async Task GetMe_ReturnsConfiguredBotIdentity()
    {
        await using var telegram = new FakeTelegram(new FakeBotApiServerOptions { BotId = 777, BotUsername = "news_brief_bot", BotFirstName = "Briefer" });

        var me = await telegram.Bot.GetMe();

        Assert.Equal(777, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("news_brief_bot", me.Username);
        Assert.Equal("Briefer", me.FirstName);
        Assert.False(me.CanReadAllGroupMessages);
    }

    [Fact]
    public async Task GetMe_DefaultBotIdIsTheTokensNumber()
    {
        await using var telegram = new FakeTelegram();

        var me = await telegram.Bot.GetMe();

        Assert.Equal(123456789, me.Id);
        Assert.Equal(telegram.Server.Bot.Username, me.Username);
    }

    [Fact]
    public async Task GetMe_IsSentAsBodylessPost()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.GetMe();

        var request = Assert.Single(telegram.Server.Requests);
        Assert.Equal("getMe", request.Method);
        Assert.Equal("POST", request.HttpMethod);
        Assert.Equal(RequestEncoding.None, request.Encoding);
        Assert.Empty(request.Parameters);
    }

    [Fact]
    public async Task WrongToken_Answers401Unauthorized()
    {
        await using var telegram = new FakeTelegram(clientToken: "987654321:AAWrongTokenWrongTokenWrongToken12");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
        Assert.False(Assert.Single(telegram.Server.Requests).Authorized);
    }

    [Fact]
    public async Task UnknownMethod_Answers404WithBotApiEnvelope()
    {
        await using var telegram = new FakeTelegram();

        using var response = await telegram.Http.PostAsync(telegram.MethodUrl("sendTelepathy"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal(404, body["error_code"]!.GetValue<int>());
        Assert.Equal("Not Found: method not found", body["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task MethodNames_AreCaseInsensitiveAndRecordedInSpecSpelling()
    {
        await using var telegram = new FakeTelegram();

        using var response = await telegram.Http.GetAsync(telegram.MethodUrl("GETME"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(telegram.Server.Requests);
        Assert.Equal("getMe", request.Method);
        Assert.Equal("GET", request.HttpMethod);
    }

    [Fact]
    public async Task FormUrlEncodedRequest_IsRecordedAsStringsAndPassesValidation()
    {
        await using var telegram = new FakeTelegram();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = "42",
            ["text"] = "Morning briefing",
            ["disable_notification"] = "true",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"More","callback_data":"more"}]]}""",
        });

        using var response = await telegram.Http.PostAsync(telegram.MethodUrl("sendMessage"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await telegram.Server.WaitForRequestAsync("sendMessage");
        Assert.Equal(RequestEncoding.FormUrlEncoded, request.Encoding);
        Assert.Equal("42", request.Parameters["chat_id"]!.GetValue<string>());
        Assert.Equal(42, request.GetInt64("chat_id"));
        Assert.True(request.GetBoolean("disable_notification"));
        Assert.Equal("more", request.GetJson("reply_markup")!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Empty(Spec.Api.Validate(request));
    }

    [Fact]
    public async Task QueryStringParameters_AreRecorded()
    {
        await using var telegram = new FakeTelegram();

        using var response = await telegram.Http.GetAsync(telegram.MethodUrl("getUpdates") + "?offset=5&limit=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(telegram.Server.Requests);
        Assert.Equal(RequestEncoding.Query, request.Encoding);
        Assert.Equal(5, request.GetInt64("offset"));
        Assert.Empty(Spec.Api.Validate(request));
    }

    [Fact]
    public async Task OtherKnownMethods_AnswerTrue()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.DeleteMessage(42, 7);
        await telegram.Bot.SendChatAction(42, ChatAction.Typing);

        Assert.Equal(["deleteMessage", "sendChatAction"], telegram.Server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task SetResult_ReplacesTheAnswerOfAMethod()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.SetResult("getChat", request => new JsonObject
        {
            ["id"] = request.GetInt64("chat_id"),
            ["type"] = "supergroup",
            ["title"] = "Rustaceans",
            ["accent_color_id"] = 1,
            ["max_reaction_count"] = 11,
            ["accepted_gift_types"] = new JsonObject
            {
                ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false,
            },
        });

        var chat = await telegram.Bot.GetChat(-1001234567890);

        Assert.Equal("Rustaceans", chat.Title);
    }

    [Fact]
    public async Task WaitForRequestAsync_TimesOutNamingWhatArrived()
    {
        await using var telegram = new FakeTelegram();
        await telegram.Bot.GetMe();

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => telegram.Server.WaitForRequestAsync("sendMessage", timeout: TimeSpan.FromMilliseconds(50)));

        Assert.Contains("#1 getMe", error.Message);
    }

    [Fact]
    public async Task WaitForRequestAsync_CompletesWhenAMatchingRequestArrives()
    {
        await using var telegram = new FakeTelegram();
        var waiting = telegram.Server.WaitForRequestAsync("sendMessage", r => r.GetString("text") == "second");

        await telegram.Bot.SendMessage(42, "first");
        Assert.False(waiting.IsCompleted);
        await telegram.Bot.SendMessage(42, "second");

        var request = await waiting;
        Assert.Equal(2, request.Sequence);
    }
}
