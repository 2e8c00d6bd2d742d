using BriefingBot.Core.Briefing;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Ports;
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

        services.AddStorage();
        services.AddCommands();
        return services;
    }

    private static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SqliteDatabase(ConfiguredPaths.Storage(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<ContentIngester>();
        services.AddSingleton<StoreInitializer>();
        return services;
    }

    private static IServiceCollection AddCommands(this IServiceCollection services)
    {
        services.AddSingleton<BriefingEngine>();
        services.AddSingleton<ICommandHandler, BriefCommandHandler>();
        services.AddSingleton<ICommandHandler, QuoteCommandHandler>();
        services.AddSingleton<ICommandHandler, TopicsCommandHandler>();
        services.AddSingleton<ICommandHandler, SourcesCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<CommandDispatcher>();
        return services;
    }
}
