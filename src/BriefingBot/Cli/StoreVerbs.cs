using BriefingBot.Storage;

namespace BriefingBot.Host.Cli;

/// <summary><c>check</c> and <c>backup</c>: the database's health and a consistent copy of it, both safe beside a running bot.</summary>
internal static class StoreVerbs
{
    public static async Task<int> CheckAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var check = await services.GetRequiredService<StoreMaintenance>().CheckAsync(cancellationToken);
        await output.WriteLineAsync($"Database: {check.Path}");
        if (!check.Exists)
        {
            await output.WriteLineAsync("Not created yet: the first run (or BriefingBot ingest) creates it.");
            return ExitCodes.Ok;
        }

        await output.WriteLineAsync($"Integrity: {check.Integrity}");
        await output.WriteLineAsync(check.SchemaVersion <= check.LatestSchemaVersion
            ? $"Schema: version {check.SchemaVersion}; this build is at {check.LatestSchemaVersion}{(check.SchemaVersion < check.LatestSchemaVersion ? " (the next start migrates it)" : "")}"
            : $"Schema: version {check.SchemaVersion}, newer than this build ({check.LatestSchemaVersion}): run the newer BriefingBot");
        await output.WriteLineAsync($"Articles: {check.Articles}");
        return check.Healthy ? ExitCodes.Ok : ExitCodes.Configuration;
    }

    public static async Task<int> BackupAsync(IServiceProvider services, CliArguments cli, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (cli.Positional.Count != 1)
        {
            await error.WriteLineAsync("backup needs the file to write, for example: BriefingBot backup backups/briefingbot-2026-11-27.db");
            return ExitCodes.Usage;
        }

        try
        {
            await services.GetRequiredService<StoreMaintenance>().BackupAsync(cli.Positional[0], cancellationToken);
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"Backup not written: {ex.Message}");
            return ExitCodes.Failed;
        }

        await output.WriteLineAsync($"Backed up {services.GetRequiredService<SqliteDatabase>().Path} to {Path.GetFullPath(cli.Positional[0])}");
        return ExitCodes.Ok;
    }
}
