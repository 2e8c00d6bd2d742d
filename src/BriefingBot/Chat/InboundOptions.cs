using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Chat;

/// <summary>How incoming chat commands run (<c>Inbound:*</c>): each on its own task, with a deadline, a bounded number at once.</summary>
public sealed class InboundOptions
{
    public const string Section = "Inbound";

    /// <summary>How long one command may take before the user is told to try again (its work is cancelled).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many commands may run at once; more wait for a free slot.</summary>
    public int MaxConcurrentCommands { get; set; } = 16;
}

internal sealed class InboundOptionsValidator : IValidateOptions<InboundOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundOptions options)
    {
        var failures = new List<string>();
        if (options.CommandTimeout < TimeSpan.FromSeconds(1) || options.CommandTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Inbound:CommandTimeout is {options.CommandTimeout}: it must be between 00:00:01 and 00:10:00 (hours:minutes:seconds), e.g. 00:00:20.");
        }

        if (options.MaxConcurrentCommands is < 1 or > 1024)
        {
            failures.Add($"Inbound:MaxConcurrentCommands is {options.MaxConcurrentCommands}: it must be a whole number from 1 to 1024, e.g. 16.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
