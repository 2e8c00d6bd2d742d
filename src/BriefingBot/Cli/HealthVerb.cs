using BriefingBot.Host.Health;
using BriefingBot.Storage;

namespace BriefingBot.Host.Cli;

/// <summary>
/// <c>BriefingBot health</c>: reads the running bot's heartbeat file (it never opens the database) and exits 0 only when
/// it is fresh and every component is healthy; otherwise prints what is stale or failing and exits 1. The image's
/// HEALTHCHECK runs it, so no curl is needed.
/// </summary>
internal static class HealthVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var path = Heartbeat.PathFor(services.GetRequiredService<SqliteDatabase>().Path);
        var beat = File.Exists(path) ? Heartbeat.FromJson(await File.ReadAllTextAsync(path)) : null;
        if (beat is null)
        {
            await error.WriteLineAsync($"unhealthy: no heartbeat at {path}; the bot has not run with this Storage:Path, or cannot write beside it");
            return ExitCodes.Failed;
        }

        var problems = beat.Problems(services.GetRequiredService<TimeProvider>().GetUtcNow());
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"unhealthy: {problem}");
        }

        if (problems.Count > 0)
        {
            return ExitCodes.Failed;
        }

        await output.WriteLineAsync($"healthy: {string.Join(", ", beat.Components.Select(c => $"{c.Name} {c.State}").DefaultIfEmpty("host running"))}");
        return ExitCodes.Ok;
    }
}
