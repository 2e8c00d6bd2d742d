namespace BriefingBot.Discord.Models;

/// <summary>A command as the bot registers it (an element of the bulk-overwrite body).</summary>
public sealed class ApplicationCommandDefinition
{
    /// <summary>1-32 characters, lower case where the script has case, matching <c>^[-_'\p{L}\p{N}]{1,32}$</c>.</summary>
    public required string Name { get; init; }

    /// <summary>1-100 characters (chat input commands).</summary>
    public required string Description { get; init; }

    public ApplicationCommandType? Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>At most 25; required options before optional ones.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Who may use the command unless a server overrides it; sent as a string. 0 hides it from everyone but administrators.</summary>
    public ulong? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command can be used; only for global commands (guild commands cannot be used in the bot's DMs).</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>How the app must be installed for the command to show.</summary>
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }

    public bool? Nsfw { get; init; }
}
