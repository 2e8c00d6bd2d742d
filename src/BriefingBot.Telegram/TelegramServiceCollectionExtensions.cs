using BriefingBot.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram adapter: options (validated at start), the client, the outbound platform (<see cref="Platform"/>,
    /// for the host to register behind its pacing), Telegram's pacing limits, and long polling.
    /// Call it only when <see cref="TelegramOptions.IsConfigured"/>.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddHttpClient(TelegramClientFactory.HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TelegramClientFactory>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramChatRoles>();
        services.AddSingleton<TelegramChatPlatform>();
        services.AddSingleton<TelegramReplies>();
        services.AddSingleton<TelegramCallbacks>();
        services.AddSingleton<TelegramUpdateRouter>();
        services.AddSingleton(TelegramPacing.Create());
        services.AddHostedService<TelegramPollingService>();
        return services;
    }

    /// <summary>Telegram's outbound port, unpaced: the host registers it as an <see cref="IChatPlatform"/> behind the pacing.</summary>
    public static IChatPlatform Platform(IServiceProvider services) => services.GetRequiredService<TelegramChatPlatform>();
}
