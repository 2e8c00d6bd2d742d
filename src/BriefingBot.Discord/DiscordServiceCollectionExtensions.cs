using BriefingBot.Core.Chat;
using BriefingBot.Discord.Adapter;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    public const string HttpClientName = "discord";

    /// <summary>
    /// The Discord adapter: options (validated at start), the REST client on an <see cref="IHttpClientFactory"/> client
    /// with its logging removed (request URLs can hold interaction tokens), the gateway and its hosted service, the
    /// outbound platform (<see cref="Platform"/>, for the host to put behind its pacing) and Discord's pacing.
    /// Call it only when <see cref="DiscordOptions.IsConfigured"/>.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddHttpClient(HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.AddSingleton(sp => new DiscordGatewayClient(
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordGatewayClient>>()));
        services.AddSingleton<DiscordChatPlatform>();
        services.AddSingleton<DiscordInteractionHandler>();
        services.AddSingleton(DiscordPacing.Create());
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>Discord's outbound port, unpaced: the host registers it as an <see cref="IChatPlatform"/> behind the pacing.</summary>
    public static IChatPlatform Platform(IServiceProvider services) => services.GetRequiredService<DiscordChatPlatform>();
}
