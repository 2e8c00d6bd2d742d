using BriefingBot.Core.Chat;
using BriefingBot.Core.Replies;
using BriefingBot.Telegram;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Telegram;

public sealed class TelegramLongReplyTests : IAsyncLifetime
{
    private readonly FakeBotApiServer _api = new(TelegramBotUnderTest.Token);
    private ServiceProvider _services = null!;
    private TelegramChatPlatform _platform = null!;

    public Task InitializeAsync()
    {
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = Options.Create(new TelegramOptions { Token = TelegramBotUnderTest.Token, ApiBaseUrl = _api.BaseUrl });
        var clients = new TelegramClientFactory(_services.GetRequiredService<IHttpClientFactory>(), options);
        _platform = new TelegramChatPlatform(clients, options, TimeProvider.System, NullLogger<TelegramChatPlatform>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task RateLimitOnALaterPart_IsWaitedOutAndTheWholeReplyArrives()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => (ReplyText)$"Paragraph {i}: {new string('x', 100)}").ToArray();
        var reply = new Reply { Command = "help", Heading = "A long answer", Paragraphs = paragraphs };
        _api.InjectFault("sendMessage", FakeFault.Slow(TimeSpan.FromSeconds(1)));

        var sending = _platform.SendAsync(new OutboundMessage(ConversationRef.Telegram(42), reply, DeliveryKey.New()), CancellationToken.None);
        await _api.WaitForRequestAsync("sendMessage", timeout: TimeSpan.FromSeconds(10));
        _api.InjectFault("sendMessage", FakeFault.TooManyRequests(1));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(20));

        var texts = _api.Requests.Where(r => r.Method == "sendMessage").ToArray();
        Assert.True(result.IsSent);
        Assert.Equal(3, texts.Length);
        Assert.Contains("Paragraph 60:", texts[^1].GetString("text")!, StringComparison.Ordinal);
        Assert.Equal(texts[1].GetString("text"), texts[2].GetString("text"));
    }
}
