using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>Where the articles and topics live (<c>Content:Path</c>).</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>A folder with <c>articles/*.md</c> and <c>topics.yaml</c>. Relative paths are tried against the
    /// current directory first, then against the app's own folder, where the bundled corpus is copied.</summary>
    public string Path { get; set; } = "content";

    /// <summary>
    /// While the bot runs, how long after the last change in the folder to wait before re-reading it (edits and
    /// copies often come as bursts of file events). Zero turns watching off.
    /// </summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the folder is rescanned anyway, for bind mounts and network folders that send no file events. Zero turns it off.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Where the SQLite database lives (<c>Storage:Path</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The database file; relative paths are against the current directory. Its folder is created.</summary>
    public string Path { get; set; } = "data/briefingbot.db";
}

/// <summary>How reminders behave (<c>Reminders:*</c>).</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether the worker runs the reminder scheduler.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>After downtime, reminders that fell due within this window are posted marked late; older ones are summed up as missed.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(24);
}

internal sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    public static readonly TimeSpan MaxCatchUpWindow = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, RemindersOptions options) =>
        options.CatchUpWindow < TimeSpan.Zero || options.CatchUpWindow > MaxCatchUpWindow
            ? ValidateOptionsResult.Fail($"Reminders:CatchUpWindow is {options.CatchUpWindow}: it must be between 00:00:00 and 30.00:00:00 (days.hours:minutes:seconds), e.g. 1.00:00:00 for 24 hours.")
            : ValidateOptionsResult.Success;
}

internal sealed class ContentOptionsValidator : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add("Content:Path is empty: set it to the folder that holds articles/ and topics.yaml.");
        }

        if (options.ReloadDelay < TimeSpan.Zero || options.ReloadDelay > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Content:ReloadDelay is {options.ReloadDelay}: it must be between 00:00:00 (no watching) and 00:10:00, e.g. 00:00:02.");
        }

        if (options.RescanInterval != TimeSpan.Zero && (options.RescanInterval < TimeSpan.FromSeconds(10) || options.RescanInterval > TimeSpan.FromDays(1)))
        {
            failures.Add($"Content:RescanInterval is {options.RescanInterval}: it must be 00:00:00 (off) or between 00:00:10 and 1.00:00:00, e.g. 00:05:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Storage:Path is empty: set it to a database file such as data/briefingbot.db.");
        }

        if (options.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0 || Directory.Exists(options.Path))
        {
            return ValidateOptionsResult.Fail($"Storage:Path '{options.Path}' is not a usable file path (it must name a file, not a folder).");
        }

        return ValidateOptionsResult.Success;
    }
}

/// <summary>Turns configured relative paths into absolute ones, the same way for every verb.</summary>
public static class ConfiguredPaths
{
    public static string Content(ContentOptions options)
    {
        if (System.IO.Path.IsPathRooted(options.Path))
        {
            return options.Path;
        }

        var fromCurrent = System.IO.Path.GetFullPath(options.Path);
        return Directory.Exists(fromCurrent) ? fromCurrent : System.IO.Path.Combine(AppContext.BaseDirectory, options.Path);
    }

    public static string Storage(StorageOptions options) => System.IO.Path.GetFullPath(options.Path);
}
