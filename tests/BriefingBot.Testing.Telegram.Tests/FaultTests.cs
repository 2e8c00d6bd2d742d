using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Testing.Telegram.Tests;

public sealed class FaultTests
{
    [Theory]
    [InlineData(nameof(FakeFault.ConflictOtherPoller), 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")]
    [InlineData(nameof(FakeFault.ConflictWebhookActive), 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")]
    [InlineData(nameof(FakeFault.Unauthorized), 401, "Unauthorized")]
    [InlineData(nameof(FakeFault.ServerError), 502, "Bad Gateway")]
    public async Task GetUpdatesFault_SurfacesAsApiRequestException(string fault, int errorCode, string description)
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("getUpdates", Fault(fault));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.GetUpdates());

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(description, error.Message);
        Assert.Null(error.Parameters);
    }

    [Theory]
    [InlineData(nameof(FakeFault.KickedFromSupergroup), 403, "Forbidden: bot was kicked from the supergroup chat")]
    [InlineData(nameof(FakeFault.BlockedByUser), 403, "Forbidden: bot was blocked by the user")]
    [InlineData(nameof(FakeFault.CantParseEntities), 400, "Bad Request: can't parse entities: Unsupported start tag \"foo\" at byte offset 0")]
    [InlineData(nameof(FakeFault.MessageTooLong), 400, "Bad Request: message is too long")]
    [InlineData(nameof(FakeFault.ChatNotFound), 400, "Bad Request: chat not found")]
    [InlineData(nameof(FakeFault.ServerError), 502, "Bad Gateway")]
    public async Task SendMessageFault_SurfacesAsApiRequestException(string fault, int errorCode, string description)
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("sendMessage", Fault(fault));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(-1001234567890, "hi"));

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(description, error.Message);
        Assert.Equal(description, Assert.Single(telegram.Server.Requests).Fault!.Description);
    }

    [Fact]
    public async Task TooManyRequests_CarriesRetryAfter()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("sendMessage", FakeFault.TooManyRequests(30));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(42, "hi"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 30", error.Message);
        Assert.Equal(30, error.Parameters!.RetryAfter);
    }

    [Fact]
    public async Task TooManyRequests_WithinTelegramBotsRetryThreshold_IsRetriedByTheClientItself()
    {
        await using var telegram = new FakeTelegram(retryThreshold: 60);
        telegram.Server.InjectFault("sendMessage", FakeFault.TooManyRequests(1));

        var sent = await telegram.Bot.SendMessage(42, "hi");

        Assert.Equal("hi", sent.Text);
        Assert.Equal(2, telegram.Server.RequestsTo("sendMessage").Count);
    }

    [Fact]
    public async Task GroupMigrated_CarriesMigrateToChatId()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("sendMessage", FakeFault.GroupMigrated(-1009876543210));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(-4242, "hi"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: group chat was upgraded to a supergroup chat", error.Message);
        Assert.Equal(-1009876543210, error.Parameters!.MigrateToChatId);
    }

    [Fact]
    public async Task DroppedConnection_SurfacesAsRequestException()
    {
        await using var telegram = new FakeTelegram();
        await telegram.Bot.GetMe(); // a pooled connection exists, as in a running bot
        telegram.Server.InjectFault("sendMessage", FakeFault.DropConnection());

        var error = await Assert.ThrowsAsync<RequestException>(() => telegram.Bot.SendMessage(42, "hi"));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.StartsWith("Bot API Service Failure", error.Message);
    }

    [Fact]
    public async Task MalformedJson_SurfacesAsRequestException()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("getMe", FakeFault.MalformedJson());

        var error = await Assert.ThrowsAsync<RequestException>(() => telegram.Bot.GetMe());

        Assert.Equal(System.Net.HttpStatusCode.OK, error.HttpStatusCode);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task SlowResponse_ArrivesAfterTheDelay()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("sendMessage", FakeFault.Slow(TimeSpan.FromMilliseconds(300)));

        var stopwatch = Stopwatch.StartNew();
        var sent = await telegram.Bot.SendMessage(42, "hi");

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {stopwatch.Elapsed}");
        Assert.Equal("hi", sent.Text);
    }

    [Fact]
    public async Task SlowResponse_BeyondTheHttpTimeout_SurfacesAsTimedOutRequestException()
    {
        await using var telegram = new FakeTelegram(httpTimeout: TimeSpan.FromMilliseconds(200));
        telegram.Server.InjectFault("getMe", FakeFault.Slow(TimeSpan.FromSeconds(10)));

        var error = await Assert.ThrowsAsync<RequestException>(() => telegram.Bot.GetMe());

        Assert.Equal("Bot API Request timed out", error.Message);
    }

    [Fact]
    public async Task ErrorFault_WithDelay_WaitsThenFails()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("getMe", FakeFault.ServerError() with { Delay = TimeSpan.FromMilliseconds(200) });

        var stopwatch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.GetMe());

        Assert.Equal(502, error.ErrorCode);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task Fault_ForTheNextNCalls_StopsAfterN()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("sendMessage", FakeFault.TooManyRequests(5), times: 2);

        await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(42, "1"));
        await telegram.Bot.GetMe();
        await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(42, "2"));
        var third = await telegram.Bot.SendMessage(42, "3");

        Assert.Equal("3", third.Text);
        Assert.Equal(0, telegram.Server.PendingFaultCount);
    }

    [Fact]
    public async Task Fault_ForAllMethods_HitsWhateverComesNext()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFaultForAllMethods(FakeFault.ServerError(503, "Service Unavailable"), times: 2);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.GetMe());
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.SendMessage(42, "hi"));
        await telegram.Bot.GetMe();

        Assert.Equal(503, first.ErrorCode);
        Assert.Equal(503, second.ErrorCode);
    }

    [Fact]
    public async Task Fault_ForOneMethod_LeavesOthersAlone()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.InjectFault("sendMessage", FakeFault.BlockedByUser());

        await telegram.Bot.GetMe();

        Assert.Equal(1, telegram.Server.PendingFaultCount);
        telegram.Server.ClearFaults();
        Assert.Equal("hi", (await telegram.Bot.SendMessage(42, "hi")).Text);
    }

    private static FakeFault Fault(string name) => name switch
    {
        nameof(FakeFault.ConflictOtherPoller) => FakeFault.ConflictOtherPoller(),
        nameof(FakeFault.ConflictWebhookActive) => FakeFault.ConflictWebhookActive(),
        nameof(FakeFault.Unauthorized) => FakeFault.Unauthorized(),
        nameof(FakeFault.KickedFromSupergroup) => FakeFault.KickedFromSupergroup(),
        nameof(FakeFault.BlockedByUser) => FakeFault.BlockedByUser(),
        nameof(FakeFault.CantParseEntities) => FakeFault.CantParseEntities(),
        nameof(FakeFault.MessageTooLong) => FakeFault.MessageTooLong(),
        nameof(FakeFault.ChatNotFound) => FakeFault.ChatNotFound(),
        nameof(FakeFault.ServerError) => FakeFault.ServerError(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
