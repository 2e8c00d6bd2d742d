using BriefingBot.Core.Commands;
using BriefingBot.Core.Health;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Adapter;

/// <summary>
/// Keeps the gateway connection (the client resumes, re-identifies and backs off by itself; fatal close codes end it
/// with one clear log line) and reads its dispatches: at each READY the slash commands are registered (to
/// <see cref="DiscordOptions.GuildId"/> when set, else globally), and each INTERACTION_CREATE is handled on its own
/// task, so the receive loop never waits on a command.
/// </summary>
internal sealed partial class DiscordGatewayService(
    DiscordGatewayClient gateway,
    DiscordRestClient rest,
    DiscordInteractionHandler interactions,
    IHealthReporter health,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    public const string Component = "discord";

    /// <summary>How often the connection's state is reported, so the heartbeat file never goes stale while connected.</summary>
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(30);

    private int _establishedOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        health.Report(Component, healthy: false, "connecting");
        using var stopReporting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var reading = Task.Run(() => ReadDispatchesAsync(stoppingToken), CancellationToken.None);
        var reporting = Task.Run(() => ReportAsync(stopReporting.Token), CancellationToken.None);
        GatewayRunResult result;
        try
        {
            result = await gateway.RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.GatewayFailed(logger, ex.GetType().Name);
            result = new GatewayRunResult(null, null, $"the gateway client failed ({ex.GetType().Name})");
            health.Report(Component, healthy: false, $"stopped: {result.Description}");
        }

        await stopReporting.CancelAsync();
        if (result.IsFatal)
        {
            health.Report(Component, healthy: false, $"stopped: {result.Description}");
        }

        foreach (var task in new[] { reading, reporting })
        {
            try
            {
                await task;
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }
    }

    private async Task ReadDispatchesAsync(CancellationToken stoppingToken)
    {
        await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken))
        {
            switch (dispatch.EventName)
            {
                case "READY":
                    Volatile.Write(ref _establishedOn, gateway.ConnectionNumber);
                    health.Report(Component, healthy: true, "connected");
                    _ = Task.Run(() => RegisterCommandsAsync(stoppingToken), CancellationToken.None);
                    break;
                case "RESUMED":
                    Volatile.Write(ref _establishedOn, gateway.ConnectionNumber);
                    health.Report(Component, healthy: true, "connected (resumed)");
                    break;
                case "INTERACTION_CREATE" when dispatch.Interaction is { } interaction:
                    _ = Task.Run(() => HandleAsync(interaction, dispatch.ReceivedTimestamp, stoppingToken), CancellationToken.None);
                    break;
            }
        }
    }

    /// <summary>Every <see cref="ReportEvery"/>: connected while the open connection got its READY or RESUMED, else reconnecting.</summary>
    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(ReportEvery, time, cancellationToken);
            var connected = gateway.IsConnectionOpen && Volatile.Read(ref _establishedOn) == gateway.ConnectionNumber;
            health.Report(Component, connected, connected ? "connected" : "reconnecting to the gateway");
        }
    }

    private async Task HandleAsync(Models.DiscordInteraction interaction, long receivedTimestamp, CancellationToken stoppingToken)
    {
        try
        {
            await interactions.HandleAsync(interaction, receivedTimestamp, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.InteractionFailed(logger, ex.GetType().Name);
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken stoppingToken)
    {
        if (gateway.ApplicationId is not { } application)
        {
            return;
        }

        var commands = DiscordCommandRegistry.Build(CommandCatalogue.All);
        var result = options.Value.GuildId is { } guild
            ? await rest.OverwriteGuildCommandsAsync(application, guild, commands, stoppingToken)
            : await rest.OverwriteGlobalCommandsAsync(application, commands, stoppingToken);
        if (result.IsSuccess)
        {
            Log.Registered(logger, commands.Count, options.Value.GuildId is null ? "globally" : "in the configured server");
        }
        else
        {
            Log.RegistrationFailed(logger, result.Failure.ToString());
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Discord: registered {Count} slash commands {Where}")]
        public static partial void Registered(ILogger logger, int count, string where);

        [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Discord: registering the slash commands failed: {Failure}")]
        public static partial void RegistrationFailed(ILogger logger, string failure);

        [LoggerMessage(EventId = 303, Level = LogLevel.Critical, Message = "Discord: the gateway client failed ({Exception}); the Discord adapter has stopped, the rest of the bot keeps running")]
        public static partial void GatewayFailed(ILogger logger, string exception);

        [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Discord: handling an interaction failed ({Exception})")]
        public static partial void InteractionFailed(ILogger logger, string exception);
    }
}
