using BriefingBot.Core.Health;
using BriefingBot.Core.Reminders;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// Runs the reminder scheduler: a pass, then sleep until the next reminder or retry falls due (at most
/// <see cref="ReminderSettings.MaxSleep"/>, a minute),
/// waking at once when subscriptions or items change. A failed pass is logged and retried after a minute.
/// </summary>
public sealed partial class ReminderSchedulerService(
    ReminderScheduler scheduler,
    ReminderChangeSignal changes,
    ReminderSettings settings,
    IOptions<RemindersOptions> options,
    IHealthReporter health,
    TimeProvider time,
    ILogger<ReminderSchedulerService> logger) : BackgroundService
{
    public const string Component = "scheduler";
    public static readonly TimeSpan CoolDown = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            Log.Disabled(logger);
            return;
        }

        try
        {
            await scheduler.RecoverAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Interrupted sends stay "sending" and are never repeated either way; the passes below still run.
            Log.PassFailed(logger, ex);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset wakeAt;
            try
            {
                var next = await scheduler.RunDueAsync(stoppingToken);
                health.Report(Component, healthy: true, next is { } due ? $"next reminder or retry due {due:yyyy-MM-dd HH:mm} UTC" : "no reminder planned");
                var latest = time.GetUtcNow() + settings.MaxSleep;
                wakeAt = next is { } at && at < latest ? at : latest;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.PassFailed(logger, ex);
                health.Report(Component, healthy: false, $"a reminder pass failed ({ex.GetType().Name}); retrying in a minute");
                wakeAt = time.GetUtcNow() + CoolDown;
            }

            try
            {
                // An instant, not a duration: the wait is measured from the clock as it is when the wait starts.
                if (await changes.WaitUntilAsync(wakeAt, time, stoppingToken))
                {
                    scheduler.Invalidate();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Reminders are disabled (Reminders:Enabled = false)")]
        public static partial void Disabled(ILogger logger);

        [LoggerMessage(EventId = 41, Level = LogLevel.Error, Message = "A reminder pass failed; trying again in a minute")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
