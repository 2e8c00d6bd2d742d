using BriefingBot.Core.Briefing;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Health;
using BriefingBot.Core.Ports;
using BriefingBot.Host.Chat;
using BriefingBot.Host.Health;
using BriefingBot.Core.Reminders;
using BriefingBot.Host.Platforms;
using BriefingBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>Everything every verb needs: options, the store, the engine, the command handlers.</summary>
    public static IServiceCollection AddBriefingBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section)).ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddOptions<InboundOptions>().Bind(configuration.GetSection(InboundOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>();
        services.AddSingleton<HealthRegistry>();
        services.AddSingleton<IHealthReporter>(sp => sp.GetRequiredService<HealthRegistry>());
        services.AddSingleton<InboundCommandRunner>();
        services.AddSingleton<ICommandRunner>(sp => sp.GetRequiredService<InboundCommandRunner>());

        services.AddStorage();
        services.AddCommands();
        services.AddReminders();
        return services;
    }

    private static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SqliteDatabase(ConfiguredPaths.Storage(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<IDatedItemStore, SqliteDatedItemStore>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IDeliveryStore, SqliteDeliveryStore>();
        services.AddSingleton<IPlatformStateStore, SqlitePlatformStateStore>();
        services.AddSingleton<ContentIngester>();
        services.AddSingleton<StoreMaintenance>();
        services.AddSingleton<StoreInitializer>();
        return services;
    }

    private static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddSingleton<ReminderChangeSignal>();
        services.AddSingleton(sp => new ReminderSettings { CatchUpWindow = sp.GetRequiredService<IOptions<RemindersOptions>>().Value.CatchUpWindow });
        services.AddSingleton<ReminderScheduler>();
        services.AddChatPlatform<ConsoleChatPlatform>();
        return services;
    }

    /// <summary>
    /// Registers a platform's outbound port. Its posts go through the <see cref="OutboundPacing"/> the adapter
    /// registered for its platform, if any, so replies and reminders alike keep within the platform's limits.
    /// </summary>
    public static IServiceCollection AddChatPlatform<TPlatform>(this IServiceCollection services)
        where TPlatform : class, IChatPlatform
    {
        services.TryAddSingleton<TPlatform>();
        return services.AddChatPlatform(sp => sp.GetRequiredService<TPlatform>());
    }

    /// <inheritdoc cref="AddChatPlatform{TPlatform}(IServiceCollection)"/>
    public static IServiceCollection AddChatPlatform(this IServiceCollection services, Func<IServiceProvider, IChatPlatform> platformFactory) =>
        services.AddSingleton<IChatPlatform>(sp =>
        {
            var platform = platformFactory(sp);
            var pacing = sp.GetServices<OutboundPacing>().FirstOrDefault(p => p.Platform == platform.Platform);
            return pacing is null ? platform : new PacedChatPlatform(platform, pacing.CreateLimiter());
        });

    private static IServiceCollection AddCommands(this IServiceCollection services)
    {
        services.AddSingleton<BriefingEngine>();
        services.AddSingleton<ICommandHandler, BriefCommandHandler>();
        services.AddSingleton<ICommandHandler, QuoteCommandHandler>();
        services.AddSingleton<ICommandHandler, TopicsCommandHandler>();
        services.AddSingleton<ICommandHandler, SourcesCommandHandler>();
        services.AddSingleton<DatedItemPresenter>();
        services.AddSingleton<ICommandHandler, TimelineCommandHandler>();
        services.AddSingleton<ICommandHandler, UpcomingCommandHandler>();
        services.AddSingleton<ICommandHandler, SubscribeCommandHandler>();
        services.AddSingleton<ICommandHandler, UnsubscribeCommandHandler>();
        services.AddSingleton<ICommandHandler, SubscriptionsCommandHandler>();
        services.AddSingleton<ICommandHandler, CalendarCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<TopicAutocompleteQuery>();
        return services;
    }
}
