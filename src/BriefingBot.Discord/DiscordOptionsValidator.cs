using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> at start-up; each failure names the setting and never shows the token.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        var token = options.Token ?? "";
        if (string.IsNullOrWhiteSpace(token))
        {
            failures.Add("Discord:Token is empty: set Discord__Token to the bot token from the Developer Portal (Bot > Token).");
        }
        else if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Discord:Token starts with \"Bot \" or \"Bearer \": set the token without the prefix, which is added when it is sent.");
        }
        else if (token.Any(char.IsWhiteSpace))
        {
            failures.Add("Discord:Token contains whitespace: copy the token again without spaces or line breaks.");
        }
        else if (token.Split('.') is not [{ Length: >= 16 }, { Length: >= 4 }, { Length: >= 20 }] parts
            || !parts.All(part => part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            failures.Add("Discord:Token does not look like a bot token (three parts of letters, digits, - and _, separated by dots); copy it again from the Developer Portal (the value is not shown).");
        }

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.");
        }

        Positive(failures, "Discord:RequestTimeout", options.RequestTimeout);
        Positive(failures, "Discord:ReconnectDelayMin", options.ReconnectDelayMin);
        Positive(failures, "Discord:GatewayConnectTimeout", options.GatewayConnectTimeout);
        if (options.MaxRateLimitWait < TimeSpan.Zero)
        {
            failures.Add($"Discord:MaxRateLimitWait is {options.MaxRateLimitWait}: it must be zero or more, e.g. 00:00:05.");
        }

        if (options.ReconnectDelayMax < options.ReconnectDelayMin)
        {
            failures.Add($"Discord:ReconnectDelayMax ({options.ReconnectDelayMax}) must not be less than Discord:ReconnectDelayMin ({options.ReconnectDelayMin}).");
        }

        if (options.MaxRateLimitRetries is < 0 or > 10)
        {
            failures.Add($"Discord:MaxRateLimitRetries is {options.MaxRateLimitRetries}: it must be between 0 and 10.");
        }

        if (options.GlobalRequestsPerSecond is < 1 or > 50)
        {
            failures.Add($"Discord:GlobalRequestsPerSecond is {options.GlobalRequestsPerSecond}: it must be between 1 and 50 (Discord's global limit).");
        }

        if (options.DeferAfter < TimeSpan.Zero || options.DeferAfter > TimeSpan.FromMilliseconds(2500))
        {
            failures.Add($"Discord:DeferAfter is {options.DeferAfter}: it must be between 00:00:00 and 00:00:02.5, well inside Discord's 3 seconds.");
        }

        if (options.DispatchQueueCapacity < 1)
        {
            failures.Add($"Discord:DispatchQueueCapacity is {options.DispatchQueueCapacity}: it must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when <paramref name="options"/> are not usable.</summary>
    internal static DiscordOptions EnsureValid(DiscordOptions options)
    {
        var result = new DiscordOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed
            ? throw new OptionsValidationException(Options.DefaultName, typeof(DiscordOptions), result.Failures)
            : options;
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} is {value}: it must be more than zero.");
        }
    }
}
