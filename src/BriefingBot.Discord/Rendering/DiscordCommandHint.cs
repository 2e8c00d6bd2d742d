using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A command as a user runs it in Discord, for hint lines: the slash command and its options by name, in the order the
/// catalogue registers them ("/timeline topic:New START page:2"), which is what typing it in Discord's command box
/// looks like. Options the catalogue does not know follow in name order; a command it does not know at all shows the
/// invocation's chat text.
/// </summary>
internal static class DiscordCommandHint
{
    public static string Write(CommandInvocation invocation)
    {
        var options = invocation.Options.Where(o => o.Value.Length > 0).ToList();
        if (CommandCatalogue.Find(invocation.Command) is not { } command)
        {
            return invocation.Text;
        }

        var known = command.Options
            .Select(o => options.FirstOrDefault(v => string.Equals(v.Key, o.Name, StringComparison.OrdinalIgnoreCase)))
            .Where(v => v.Key is not null);
        var unknown = options
            .Where(v => command.Option(v.Key) is null)
            .OrderBy(v => v.Key, StringComparer.Ordinal);
        var parts = known.Concat(unknown).Select(v => $"{v.Key.ToLowerInvariant()}:{DiscordMarkdown.OneLine(v.Value)}");
        return string.Join(' ', parts.Prepend("/" + command.Name));
    }
}
