using System.CommandLine;
using BriefingBot.Host.Chat;
using BriefingBot.Host.Hosting;
using BriefingBot.Storage;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The executable's entry: the verbs of <see cref="BriefingBotCommands"/>, or no verb for the hosted worker.
/// Every verb builds the same host (configuration, options validation, services), so the console answers
/// exactly as a chat platform would.
/// </summary>
public static class BriefingBotCommandLine
{
    public static async Task<int> RunAsync(string[] args) =>
        await RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, input, output, error, cancellationToken, overrides: null);

    /// <summary>As above; <paramref name="overrides"/> lets the host tests swap in a manual clock or a log recorder.</summary>
    internal static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken, Action<IServiceCollection>? overrides)
    {
        var (settings, commandArgs) = BriefingBotCommands.SplitSettings(args);
        var grammar = new BriefingBotCommands();
        var root = grammar.Root;
        var parse = root.Parse(commandArgs);
        if (BriefingBotCommands.IsHelp(parse))
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        }

        var verb = parse.CommandResult.Command == root ? null : parse.CommandResult.Command.Name;
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                await error.WriteLineAsync(problem);
            }

            await error.WriteLineAsync($"See: BriefingBot {verb ?? ""}{(verb is null ? "" : " ")}--help");
            return ExitCodes.Usage;
        }

        var cli = CliArguments.From(verb, parse, grammar, settings);

        try
        {
            return cli.Verb switch
            {
                null or "run" => await RunWorkerAsync(cli, error, overrides, cancellationToken),
                _ => await RunVerbAsync(cli, input, output, error, cancellationToken),
            };
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync($"Configuration error: {failure}");
            }

            return ExitCodes.Configuration;
        }
        catch (Exception ex) when (StoreProblem(ex) is { } store)
        {
            await error.WriteLineAsync($"Storage error: {store.Message}");
            return ExitCodes.Configuration;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // A value that does not parse at all, such as "soon" for a TimeSpan: the binder's message names the setting.
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return ExitCodes.Configuration;
        }
    }

    /// <summary>A database that cannot be used, however deep in a start-up or a command it surfaced.</summary>
    private static StoreUnavailableException? StoreProblem(Exception exception) => exception switch
    {
        StoreUnavailableException store => store,
        AggregateException aggregate => aggregate.InnerExceptions.Select(StoreProblem).FirstOrDefault(p => p is not null),
        Microsoft.Data.Sqlite.SqliteException sqlite => StoreUnavailableException.From("the database", sqlite),
        { InnerException: { } inner } => StoreProblem(inner),
        _ => null,
    };

    /// <summary>Resolving the options binds and validates them, so a bad setting fails here, with its name, before anything starts.</summary>
    private static void ValidateOptions(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        _ = services.GetRequiredService<IOptions<RemindersOptions>>().Value;
        _ = services.GetRequiredService<IOptions<InboundOptions>>().Value;
    }

    /// <summary>The shipped appsettings.json sits beside the executable, so the content root is the app's folder.</summary>
    private static HostApplicationBuilder CreateBuilder(CliArguments cli)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. cli.ConfigurationArgs],
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Docker secrets (/run/secrets/Telegram__Token) come after appsettings.json and the environment; the command line still wins.
        builder.Configuration.AddInMemoryCollection(SecretFiles.Read(SecretFiles.DockerSecretsFolder));
        builder.Configuration.AddCommandLine([.. cli.ConfigurationArgs]);
        return builder;
    }

    private static async Task<int> RunWorkerAsync(CliArguments cli, TextWriter error, Action<IServiceCollection>? overrides, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(cli);
        if (!WorkerServiceCollectionExtensions.AnyPlatformConfigured(builder.Configuration))
        {
            await error.WriteLineAsync(
                "No chat platform is configured, so there is nothing to run. Set Telegram__Token (from @BotFather) and/or "
                + "Discord__Token (from the Discord developer portal), or try the bot here first with: BriefingBot chat");
            return ExitCodes.Usage;
        }

        builder.Services.AddBriefingBot(builder.Configuration);
        builder.Services.AddBriefingBotWorker(builder.Configuration);
        overrides?.Invoke(builder.Services);
        using var host = builder.Build();
        ValidateOptions(host.Services);
        var databasePath = host.Services.GetRequiredService<SqliteDatabase>().Path;
        using var instance = InstanceLock.TryAcquire(databasePath, out var lockFile);
        if (instance is null)
        {
            await error.WriteLineAsync(
                $"Another BriefingBot is already running on {databasePath} (its process id is in {lockFile}). Only one may run the scheduler "
                + "and the platforms on a database; stop the other one first. Read-only verbs such as ask, check and backup work beside it.");
            return ExitCodes.Failed;
        }

        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while still starting (the store was being prepared): a clean stop, not a failure.
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RunVerbAsync(CliArguments cli, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(cli);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        // The verbs print skipped content files themselves: the ingester's own warning would say it twice.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(typeof(ContentIngester).FullName, LogLevel.Error);
        builder.Services.AddBriefingBot(builder.Configuration);
        builder.Services.AddSingleton<ConsoleVerbs>();
        using var host = builder.Build();

        ValidateOptions(host.Services);

        var verbs = host.Services.GetRequiredService<ConsoleVerbs>();
        return cli.Verb switch
        {
            "ask" => await verbs.AskAsync(cli, output, error, cancellationToken),
            "chat" => await verbs.ChatAsync(cli, input, output, cancellationToken),
            "ingest" => await verbs.IngestAsync(output, error, cancellationToken),
            "remind" => await verbs.RemindAsync(cli, output, error, cancellationToken),
            "check" => await StoreVerbs.CheckAsync(host.Services, output, cancellationToken),
            "health" => await HealthVerb.RunAsync(host.Services, output, error),
            "backup" => await StoreVerbs.BackupAsync(host.Services, cli, output, error, cancellationToken),
            _ => ExitCodes.Usage,
        };
    }
}
