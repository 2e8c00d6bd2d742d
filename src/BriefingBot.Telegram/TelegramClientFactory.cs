using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BriefingBot.Telegram;

/// <summary>
/// The one Telegram.Bot client of the process, on an <see cref="IHttpClientFactory"/> client whose logging is removed
/// (it would log request URLs, which hold the token). The library's own 429 retry is off: a send must never sleep
/// unseen for a minute; our pacing and the scheduler's retries handle rate limits.
/// </summary>
internal sealed class TelegramClientFactory(IHttpClientFactory httpClients, IOptions<TelegramOptions> options)
{
    public const string HttpClientName = "telegram";

    private readonly Lazy<ITelegramBotClient> _client = new(() => Create(httpClients, options.Value));

    public ITelegramBotClient Client => _client.Value;

    private static TelegramBotClient Create(IHttpClientFactory httpClients, TelegramOptions options)
    {
        var http = httpClients.CreateClient(HttpClientName);
        http.Timeout = options.HttpTimeout;
        var clientOptions = new TelegramBotClientOptions(options.Token!, options.ApiBaseUrl.TrimEnd('/'))
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
