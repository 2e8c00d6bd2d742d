using BriefingBot.Core.Commands;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Adapter;

/// <summary>
/// The shared command catalogue as Discord slash commands: typed options (integers with their range, text with its
/// length, topic options with autocomplete), usable in servers and in DMs with the bot, and the reminder commands
/// hidden by default from members without Manage Channels (Discord's <c>default_member_permissions</c>; the
/// dispatcher checks the role again on our side).
/// </summary>
internal static class DiscordCommandRegistry
{
    public static IReadOnlyList<ApplicationCommandDefinition> Build(IEnumerable<CommandDefinition> commands) =>
        [.. commands.Select(command => new ApplicationCommandDefinition
        {
            Name = command.Name,
            Description = command.Description,
            Options = command.Options.Count == 0 ? null : [.. command.Options.Select(ToOption)],
            DefaultMemberPermissions = command.AdminOnly ? DiscordPermissions.ManageChannels : null,
            Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
        })];

    private static ApplicationCommandOption ToOption(CommandOptionDefinition option) => option.Type switch
    {
        CommandOptionType.Integer => new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.Integer,
            Name = option.Name,
            Description = option.Description,
            Required = option.Required ? true : null,
            MinValue = option.MinValue,
            MaxValue = option.MaxValue,
        },
        _ => new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.String,
            Name = option.Name,
            Description = option.Description,
            Required = option.Required ? true : null,
            Autocomplete = option.Autocomplete == OptionAutocomplete.Topics ? true : null,
            MaxLength = Math.Min(option.MaxLength, 6000),
            Choices = option.Choices is { Count: > 0 } choices ? [.. choices.Select(c => ApplicationCommandOptionChoice.String(c, c))] : null,
        },
    };
}
