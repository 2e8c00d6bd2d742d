using System.Globalization;
using BriefingBot.Core.Health;
using BriefingBot.Core.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Long polling, our own loop over getUpdates (not the library's, whose poll timeout equals its HTTP timeout and
/// which retries without back-off). At start: getMe, deleteWebhook (logged when one was set), the command menu.
/// Then each batch is routed (commands only handed to the runner) and the next offset is saved in the store before
/// the next poll confirms the batch to Telegram; a restart resumes from the saved offset. Errors back off with jitter;
/// an unreachable API never ends the process; 401 (bad token) stops the adapter with one clear line; 409 says which
/// conflict it is.
/// </summary>
internal sealed partial class TelegramPollingService(
    TelegramClientFactory clients,
    TelegramUpdateRouter router,
    TelegramBotIdentity identity,
    IPlatformStateStore state,
    IHealthReporter health,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public const string Component = "telegram";
    public const string OffsetKey = "telegram:offset";
    public const int BatchLimit = 100;
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private readonly TokenScrubber _scrubber = new(options.Value.Token ?? string.Empty);
    private int _failures;
    private int? _offset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await PrepareAsync(stoppingToken))
            {
                return;
            }

            _offset = await ReadOffsetAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var updates = await PollAsync(_offset, stoppingToken);
                if (updates is null)
                {
                    return;
                }

                foreach (var update in updates)
                {
                    await RouteAsync(update, stoppingToken);
                    _offset = update.Id + 1;
                }

                if (updates.Length > 0)
                {
                    await SaveOffsetAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped part-way through a batch: what was handed over is not fetched again after the restart.
            await SaveOffsetAsync(CancellationToken.None);
            Log.Stopped(logger);
        }
    }

    /// <summary>getMe, deleteWebhook and the menu, retried with back-off until they work; false when the token is refused.</summary>
    private async Task<bool> PrepareAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                var me = await clients.Client.GetMe(stoppingToken);
                identity.Set(me.Username);
                var webhook = await clients.Client.GetWebhookInfo(stoppingToken);
                await clients.Client.DeleteWebhook(cancellationToken: stoppingToken);
                if (!string.IsNullOrEmpty(webhook.Url))
                {
                    Log.WebhookRemoved(logger);
                }

                await TelegramCommandMenu.PublishAsync(clients.Client, stoppingToken);
                Log.Started(logger, me.Username ?? "?");
                health.Report(Component, healthy: true, "polling");
                _failures = 0;
                return true;
            }
            catch (ApiRequestException refused) when (refused.ErrorCode is 401 or 404)
            {
                Log.Unauthorized(logger);
                health.Report(Component, healthy: false, "stopped: Telegram refused the token (check Telegram__Token)");
                return false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync(ex, stoppingToken);
            }
        }
    }

    /// <summary>One long poll. Null when polling must stop (the token is refused); empty after a failure that was waited out.</summary>
    private async Task<Update[]?> PollAsync(int? offset, CancellationToken stoppingToken)
    {
        try
        {
            var updates = await clients.Client.GetUpdates(offset, BatchLimit, (int)options.Value.PollTimeout.TotalSeconds, Wanted, stoppingToken);
            _failures = 0;
            health.Report(Component, healthy: true, "polling");
            return updates;
        }
        catch (ApiRequestException refused) when (refused.ErrorCode is 401 or 404)
        {
            Log.Unauthorized(logger);
            health.Report(Component, healthy: false, "stopped: Telegram refused the token (check Telegram__Token)");
            return null;
        }
        catch (ApiRequestException conflict) when (conflict.ErrorCode == 409)
        {
            if (conflict.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase))
            {
                Log.WebhookConflict(logger);
                await TryDeleteWebhookAsync(stoppingToken);
            }
            else
            {
                Log.OtherInstanceConflict(logger);
            }

            await BackOffAsync(null, stoppingToken);
            return [];
        }
        catch (ApiRequestException limited) when (limited.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(limited.Parameters?.RetryAfter ?? 5);
            Log.RateLimited(logger, wait);
            await Task.Delay(wait, time, stoppingToken);
            return [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            await BackOffAsync(ex, stoppingToken);
            return [];
        }
    }

    private async Task RouteAsync(Update update, CancellationToken stoppingToken)
    {
        try
        {
            await router.RouteAsync(update, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One update that cannot be handled must not stop the rest, nor be retried forever.
            Log.UpdateFailed(logger, update.Id, _scrubber.Describe(ex));
        }
    }

    private async Task<int?> ReadOffsetAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await state.GetAsync(OffsetKey, stoppingToken) is { } saved && int.TryParse(saved, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Telegram remembers what was confirmed too: polling without the saved offset resumes from there.
            Log.OffsetFailed(logger, "read", ex.GetType().Name);
            return null;
        }
    }

    private async Task SaveOffsetAsync(CancellationToken cancellationToken)
    {
        if (_offset is not { } offset)
        {
            return;
        }

        try
        {
            await state.SetAsync(OffsetKey, offset.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The next poll still confirms the batch to Telegram; only a restart right now could repeat it.
            Log.OffsetFailed(logger, "save", ex.GetType().Name);
        }
    }

    private async Task TryDeleteWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await clients.Client.DeleteWebhook(cancellationToken: stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.PollFailed(logger, _scrubber.Describe(ex), TimeSpan.Zero);
        }
    }

    /// <summary>Waits 1 s, 2 s, 4 s ... up to a minute, each with up to a quarter more at random, so restarts do not stampede.</summary>
    private async Task BackOffAsync(Exception? failure, CancellationToken stoppingToken)
    {
        _failures++;
        var exponential = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Min(_failures - 1, 16)));
        var wait = exponential + TimeSpan.FromTicks((long)(exponential.Ticks * 0.25 * Random.Shared.NextDouble()));
        if (failure is not null)
        {
            Log.PollFailed(logger, _scrubber.Describe(failure), wait);
        }

        health.Report(Component, healthy: false, $"cannot poll Telegram ({(failure is null ? "409 Conflict" : _scrubber.Describe(failure))}); retrying");

        await Task.Delay(wait, time, stoppingToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Telegram: polling as @{Username}")]
        public static partial void Started(ILogger logger, string username);

        [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Telegram: a webhook was set for this bot; it was removed so that polling can work")]
        public static partial void WebhookRemoved(ILogger logger);

        [LoggerMessage(EventId = 202, Level = LogLevel.Critical, Message = "Telegram refused the bot token (401 Unauthorized): check Telegram__Token (from @BotFather). The Telegram adapter has stopped; the rest of the bot keeps running.")]
        public static partial void Unauthorized(ILogger logger);

        [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "Telegram 409 Conflict: a webhook is set for this bot elsewhere; removing it. If it comes back, another deployment sets it: stop that one or give this bot its own token.")]
        public static partial void WebhookConflict(ILogger logger);

        [LoggerMessage(EventId = 204, Level = LogLevel.Error, Message = "Telegram 409 Conflict: another instance is polling this bot with the same token. Stop the other instance (only one may poll a bot), or give each its own token.")]
        public static partial void OtherInstanceConflict(ILogger logger);

        [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Telegram: polling failed ({Reason}); trying again in {Wait}")]
        public static partial void PollFailed(ILogger logger, string reason, TimeSpan wait);

        [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Telegram asked to slow down; polling again in {Wait}")]
        public static partial void RateLimited(ILogger logger, TimeSpan wait);

        [LoggerMessage(EventId = 207, Level = LogLevel.Error, Message = "Telegram update {UpdateId} could not be handled and was skipped: {Reason}")]
        public static partial void UpdateFailed(ILogger logger, int updateId, string reason);

        [LoggerMessage(EventId = 209, Level = LogLevel.Warning, Message = "Telegram: could not {Action} the update offset in the store ({Exception})")]
        public static partial void OffsetFailed(ILogger logger, string action, string exception);

        [LoggerMessage(EventId = 208, Level = LogLevel.Information, Message = "Telegram: polling stopped")]
        public static partial void Stopped(ILogger logger);
    }
}
