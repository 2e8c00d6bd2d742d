using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>The Telegram adapter's settings (<c>Telegram:*</c>). Without a token the adapter does not start.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather. Never logged or printed.</summary>
    public string? Token { get; set; }

    /// <summary>The Bot API server: the public one, or a local Bot API server such as http://localhost:8081.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>How long one getUpdates long poll waits for updates (1 to 50 seconds).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The HTTP timeout of every Bot API call: clearly longer than the long poll, so an idle poll ends normally.</summary>
    public TimeSpan HttpTimeout => PollTimeout + TimeSpan.FromSeconds(15);

    public static bool IsConfigured(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(Token)}"]);
}

internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (options.Token is null || !TokenShape().IsMatch(options.Token))
        {
            failures.Add("Telegram:Token is not a bot token: it must look like <digits>:<35 letters, digits, - or _>, as @BotFather gives it (the value is not shown).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0)
        {
            failures.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not an http(s) URL: use {TelegramOptions.PublicApiBaseUrl}, or a local Bot API server such as http://localhost:8081.");
        }

        if (options.PollTimeout < TimeSpan.FromSeconds(1) || options.PollTimeout > TimeSpan.FromSeconds(50))
        {
            failures.Add($"Telegram:PollTimeout is {options.PollTimeout}: it must be between 00:00:01 and 00:00:50 (hours:minutes:seconds), e.g. 00:00:30.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{35}$")]
    private static partial Regex TokenShape();
}
