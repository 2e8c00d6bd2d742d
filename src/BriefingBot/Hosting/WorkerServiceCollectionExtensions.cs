using BriefingBot.Discord;
using BriefingBot.Host.Chat;
using BriefingBot.Host.Health;
using BriefingBot.Telegram;

namespace BriefingBot.Host.Hosting;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// The hosted services of worker mode, in start order: the store first; then the drain of in-flight commands
    /// (stopped after the platforms, since hosted services stop in reverse order); the scheduler; each configured platform.
    /// </summary>
    public static IServiceCollection AddBriefingBotWorker(this IServiceCollection services, IConfiguration configuration)
    {
        // HostOptions:ShutdownTimeout (default 30 s): the image sets it under Docker's 10 s stop grace period.
        services.Configure<HostOptions>(configuration.GetSection("HostOptions"));
        services.AddHostedService<StoreStartupService>();
        services.AddHostedService<InboundDrainService>();
        services.AddHostedService<ReminderSchedulerService>();
        services.AddHostedService<HeartbeatService>();
        services.AddHostedService<ContentReloadService>();
        if (TelegramOptions.IsConfigured(configuration))
        {
            services.AddTelegram(configuration);
            services.AddChatPlatform(TelegramServiceCollectionExtensions.Platform);
        }

        if (DiscordOptions.IsConfigured(configuration))
        {
            services.AddDiscord(configuration);
            services.AddChatPlatform(DiscordServiceCollectionExtensions.Platform);
        }

        return services;
    }

    /// <summary>Whether any chat platform has a token: without one, <c>run</c> has nothing to do.</summary>
    public static bool AnyPlatformConfigured(IConfiguration configuration) =>
        TelegramOptions.IsConfigured(configuration) || DiscordOptions.IsConfigured(configuration);
}
