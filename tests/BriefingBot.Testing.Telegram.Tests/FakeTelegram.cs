using Telegram.Bot;

namespace BriefingBot.Testing.Telegram.Tests;

/// <summary>A fake Bot API server and a real Telegram.Bot client pointed at it.</summary>
internal sealed class FakeTelegram : IAsyncDisposable
{
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    private readonly HttpClient _httpClient;

    public FakeTelegram(FakeBotApiServerOptions? options = null, string clientToken = Token, int retryThreshold = 0, TimeSpan? httpTimeout = null)
    {
        Server = new FakeBotApiServer(Token, options);
        _httpClient = new HttpClient { Timeout = httpTimeout ?? TimeSpan.FromSeconds(30) };
        Bot = new TelegramBotClient(new TelegramBotClientOptions(clientToken, baseUrl: Server.BaseUrl) { RetryThreshold = retryThreshold }, _httpClient);
    }

    public FakeBotApiServer Server { get; }

    public TelegramBotClient Bot { get; }

    /// <summary>A plain client for requests Telegram.Bot would never make.</summary>
    public HttpClient Http => _httpClient;

    public string MethodUrl(string method, string token = Token) => $"{Server.BaseUrl}/bot{token}/{method}";

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        await Server.DisposeAsync();
    }
}
