using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Host.Cli;

namespace BriefingBot.Tests;

/// <summary>The outcome of one run of the command line: exit code and what it printed.</summary>
internal sealed record CommandLineResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}

/// <summary>
/// Runs BriefingBot's command line against a private database in a temporary folder: in-process through
/// <see cref="BriefingBotCommandLine"/>, or as the real executable (the built BriefingBot.dll beside the tests).
/// </summary>
internal sealed class CommandLineRun : IDisposable
{
    public CommandLineRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "briefingbot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "data", "bot.db");

    /// <summary>A private copy of the bundled content folder (beside the tests), for tests that edit or break files.</summary>
    public string CopyBundledContent()
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, "content");
        var copy = Path.Combine(Folder, "content");
        foreach (var file in Directory.EnumerateFiles(bundled, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(bundled, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>Runs the command line in process against a database path of the test's choosing.</summary>
    public async Task<CommandLineResult> InProcessWithStoreAsync(string databasePath, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BriefingBotCommandLine.RunAsync(
            [.. args, "--Storage:Path", databasePath], new StringReader(string.Empty), output, error, CancellationToken.None);
        return new CommandLineResult(exitCode, output.ToString(), error.ToString());
    }

    public async Task<CommandLineResult> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BriefingBotCommandLine.RunAsync(
            [.. args, "--Storage:Path", DatabasePath], new StringReader(string.Empty), output, error, CancellationToken.None);
        return new CommandLineResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts <c>dotnet BriefingBot.dll</c> in the temporary folder, as an operator would run the built app.</summary>
    public async Task<CommandLineResult> ExecutableAsync(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--Storage:Path");
        start.ArgumentList.Add(DatabasePath);

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandLineResult(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
