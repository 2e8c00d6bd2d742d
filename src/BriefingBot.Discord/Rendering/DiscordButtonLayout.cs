using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// The buttons of a reply and the hints for what cannot be a button. Each button's custom_id is
/// <see cref="DiscordCustomId"/>'s "cmd:" and the chat text of its command. Groups, in this order, each starting a row
/// of its own, five buttons a row, five rows at most:
/// <list type="bullet">
/// <item>actions ("Next page", "Timeline of New START"): <see cref="DiscordButtonStyle.Primary"/>, labelled with their label;</item>
/// <item>suggestions (topics, commands): <see cref="DiscordButtonStyle.Secondary"/>, labelled with their label;</item>
/// <item>entries with a command: <see cref="DiscordButtonStyle.Secondary"/>, labelled with the command's chat text
/// ("/brief New START", "/unsubscribe New START"), since an entry does not say what its command does.</item>
/// </list>
/// An action or a suggestion whose command is too long for a custom_id, or for which no row is left, becomes a hint
/// line "Label: `/command option:value`" (<see cref="DiscordCommandHint"/>), so it is still offered; an entry that
/// gets no button has none and no hint, as the entry itself is listed. A command already on a button is not offered
/// twice (Discord refuses a message with two equal custom_ids). Labels are cut to 80 characters with "…".
/// </summary>
internal sealed record DiscordButtonLayout(IReadOnlyList<RenderedActionRow> Rows, IReadOnlyList<MarkdownLine> Hints)
{
    public static DiscordButtonLayout For(Reply reply)
    {
        var rows = new List<RenderedActionRow>();
        var hints = new List<MarkdownLine>();
        var used = new HashSet<string>(StringComparer.Ordinal);

        AddGroup(reply.Actions.Select(a => (a.Label, a.Invocation, Hint: true)), DiscordButtonStyle.Primary);
        AddGroup(reply.Suggestions.Select(s => (s.Label, s.Invocation, Hint: true)), DiscordButtonStyle.Secondary);
        AddGroup(
            reply.Entries.Where(e => e.Action is not null).Select(e => (Label: e.Action!.Text, Invocation: e.Action, Hint: false)),
            DiscordButtonStyle.Secondary);
        return new DiscordButtonLayout(rows, hints);

        void AddGroup(IEnumerable<(string Label, CommandInvocation Invocation, bool Hint)> offers, DiscordButtonStyle style)
        {
            var room = (DiscordLimits.ActionRows - rows.Count) * DiscordLimits.ButtonsPerRow;
            var buttons = new List<RenderedButton>();
            foreach (var (label, invocation, hint) in offers)
            {
                if (DiscordCustomId.TryWrite(invocation.Text, out var customId) && used.Contains(customId))
                {
                    continue;
                }

                if (customId is not null && buttons.Count < room)
                {
                    used.Add(customId);
                    buttons.Add(new RenderedButton(Label(label, invocation), customId, style));
                }
                else if (hint)
                {
                    hints.Add(Hint(label, invocation));
                }
            }

            rows.AddRange(buttons.Chunk(DiscordLimits.ButtonsPerRow).Select(chunk => new RenderedActionRow(chunk)));
        }
    }

    /// <summary>
    /// A button's label: its label on one line, else the command's chat text, cut to 80 characters. Labels show no
    /// markdown and cannot mention, so they are not escaped.
    /// </summary>
    public static string Label(string label, CommandInvocation invocation)
    {
        var text = DiscordMarkdown.OneLine(label).Trim();
        return DiscordMarkdown.Truncate(text.Length > 0 ? text : invocation.Text, DiscordLimits.ButtonLabelLength);
    }

    /// <summary>"Label: `/command option:value`", the command as inline code, or escaped when it cannot be code.</summary>
    public static MarkdownLine Hint(string label, CommandInvocation invocation)
    {
        var command = DiscordCommandHint.Write(invocation);
        var shown = DiscordMarkdown.OneLine(label).Trim();
        List<MarkdownRun> runs = shown.Length > 0 ? [MarkdownRun.Bot(shown), MarkdownRun.Markdown(": ")] : [];
        runs.Add(DiscordMarkdown.Code(command) is { } code ? MarkdownRun.Markdown(code) : MarkdownRun.Bot(command));
        return new MarkdownLine(runs);
    }
}
