using BriefingBot.Core;
using BriefingBot.Core.Reminders;
using BriefingBot.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// Picks up articles added, changed or removed in <c>Content:Path</c> while the bot runs: a file watcher with a
/// debounce (<see cref="ContentOptions.ReloadDelay"/>), and a periodic rescan as a fallback for bind mounts that send no
/// events (<see cref="ContentOptions.RescanInterval"/>). Each reload is the usual ingest: unchanged files skipped, a
/// changed one re-indexed in one transaction, a broken one logged with its path and line and its last good version kept;
/// then the reminder plan is refreshed.
/// </summary>
public sealed partial class ContentReloadService(
    ContentIngester ingester,
    ReminderChangeSignal reminders,
    IOptions<ContentOptions> options,
    TimeProvider time,
    ILogger<ContentReloadService> logger) : BackgroundService
{
    private readonly ChangeSignal _changed = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var folder = ConfiguredPaths.Content(settings);
        using var watcher = settings.ReloadDelay > TimeSpan.Zero ? Watch(folder) : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitForChangeAsync(settings, stoppingToken);
                await ReloadAsync(folder, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.ReloadFailed(logger, ex.GetType().Name, ex.Message);
            }
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    /// <summary>Returns after a burst of file events has been quiet for the reload delay, or when the rescan is due.</summary>
    private async Task WaitForChangeAsync(ContentOptions settings, CancellationToken stoppingToken)
    {
        var rescan = settings.RescanInterval > TimeSpan.Zero ? settings.RescanInterval : Timeout.InfiniteTimeSpan;
        if (!await _changed.WaitAsync(rescan, time, stoppingToken))
        {
            return;
        }

        while (await _changed.WaitAsync(settings.ReloadDelay, time, stoppingToken))
        {
            // Another event within the delay: wait for the burst to end.
        }
    }

    private async Task ReloadAsync(string folder, CancellationToken stoppingToken)
    {
        var report = await ingester.IngestAsync(folder, stoppingToken);
        if (report.Added.Count + report.Updated.Count + report.Removed.Count > 0 || report.TopicsChanged || report.CurationApplied)
        {
            reminders.Notify();
            Log.Reloaded(logger, report.Added.Count, report.Updated.Count, report.Removed.Count);
        }
    }

    private FileSystemWatcher? Watch(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Log.CannotWatch(logger, folder);
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) => Log.WatchError(logger, e.GetException().Message);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // The inotify limit reached, or a file system without events: the rescan still works.
            Log.WatchError(logger, ex.Message);
            return null;
        }
    }

    private void Signal()
    {
        try
        {
            _changed.Notify();
        }
        catch (ObjectDisposedException)
        {
            // Stopping: an event from a watcher thread must not throw.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "Content reloaded: {Added} added, {Updated} updated, {Removed} removed")]
        public static partial void Reloaded(ILogger logger, int added, int updated, int removed);

        [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "The content folder {Folder} does not exist, so it is not watched; it is still rescanned")]
        public static partial void CannotWatch(ILogger logger, string folder);

        [LoggerMessage(EventId = 72, Level = LogLevel.Warning, Message = "Watching the content folder failed ({Reason}); the periodic rescan still picks up changes")]
        public static partial void WatchError(ILogger logger, string reason);

        [LoggerMessage(EventId = 73, Level = LogLevel.Error, Message = "Reloading the content failed ({Exception}: {Reason}); the articles already served stay; trying again at the next change")]
        public static partial void ReloadFailed(ILogger logger, string exception, string reason);
    }
}
