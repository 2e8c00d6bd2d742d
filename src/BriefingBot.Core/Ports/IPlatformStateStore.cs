namespace BriefingBot.Core.Ports;

/// <summary>Small durable values a platform adapter keeps across restarts, such as Telegram's next update offset.</summary>
public interface IPlatformStateStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
