using BriefingBot.Storage;

namespace BriefingBot.Host.Health;

/// <summary>Writes the heartbeat file every <see cref="Heartbeat.Interval"/> and when health changes, atomically (write, then rename).</summary>
public sealed partial class HeartbeatService(
    HealthRegistry registry, SqliteDatabase database, TimeProvider time, ILogger<HeartbeatService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = Heartbeat.PathFor(database.Path);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var beat = new Heartbeat(time.GetUtcNow(), Environment.ProcessId, registry.Snapshot());
                var temporary = path + ".tmp";
                await File.WriteAllTextAsync(temporary, beat.ToJson(), stoppingToken);
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.WriteFailed(logger, path, ex.Message);
            }

            try
            {
                await registry.WaitForChangeAsync(Heartbeat.Interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Could not write the heartbeat file {Path}: {Reason}")]
        public static partial void WriteFailed(ILogger logger, string path, string reason);
    }
}
