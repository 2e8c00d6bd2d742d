using System.Text;
using BriefingBot.Core.Replies;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// The buttons of a reply and the hints for what cannot be a button. A button's callback data is the chat text of
/// its command ("/timeline New START page 2"), which fits the Bot API's 64 bytes for nearly every command; a
/// suggestion or action whose text is longer becomes a hint line "Label: /command ..." instead, so it is still offered.
/// Rows, top to bottom:
/// <list type="bullet">
/// <item>entries with a command: the first <see cref="MaxEntryButtons"/>, two a row, each labelled
/// "/command name", the name being the entry's text up to its first " (" or ": " (so "New START (also: ...): 12
/// articles" gives "/brief New START"), cut to <see cref="EntryNameLength"/> characters. The command is in the label
/// because an entry does not say what its command does: a subscription's entry unsubscribes. An entry whose text is
/// too long for callback data gets no button and no hint; the entry itself is listed.</item>
/// <item>suggestions, three a row, labelled with their label.</item>
/// <item>actions, labelled with their label; two short ones (at most <see cref="ShortActionLength"/> characters, such as
/// "Previous page" and "Next page") share a row, any other has a row of its own.</item>
/// </list>
/// Every label is cut to <see cref="MaxButtonTextLength"/> characters with "…".
/// </summary>
internal sealed record TelegramKeyboardLayout(InlineKeyboard? Keyboard, IReadOnlyList<string> Hints)
{
    public const int MaxCallbackDataBytes = 64;
    public const int MaxButtonTextLength = 64;
    public const int MaxEntryButtons = 8;
    public const int EntryNameLength = 30;
    public const int ShortActionLength = 16;

    public static TelegramKeyboardLayout For(Reply reply)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        var hints = new List<string>();

        var entryButtons = reply.Entries
            .Where(e => e.Action is { } action && FitsCallbackData(action.Text))
            .Take(MaxEntryButtons)
            .Select(e => Button($"/{e.Action!.Command} {EntryName(e.Text.ToString())}", e.Action.Text));
        rows.AddRange(entryButtons.Chunk(2));

        var suggestions = new List<InlineButton>();
        foreach (var suggestion in reply.Suggestions)
        {
            Offer(suggestion.Label, suggestion.Invocation, suggestions, hints);
        }

        rows.AddRange(suggestions.Chunk(3));

        var actions = new List<InlineButton>();
        foreach (var action in reply.Actions)
        {
            Offer(action.Label, action.Invocation, actions, hints);
        }

        rows.AddRange(PairShort(actions));
        return new TelegramKeyboardLayout(rows.Count > 0 ? new InlineKeyboard(rows) : null, hints);
    }

    /// <summary>Whether text can be callback data: 1 to 64 bytes of UTF-8.</summary>
    public static bool FitsCallbackData(string text) =>
        text.Length > 0 && Encoding.UTF8.GetByteCount(text) <= MaxCallbackDataBytes;

    /// <summary>Text cut to <paramref name="max"/> characters, the last being "…", never inside a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep).TrimEnd(), "\u2026");
    }

    private static void Offer(string label, CommandInvocation invocation, List<InlineButton> buttons, List<string> hints)
    {
        if (FitsCallbackData(invocation.Text))
        {
            buttons.Add(Button(label, invocation.Text));
        }
        else
        {
            hints.Add($"{TelegramHtml.Escape(label)}: {TelegramHtml.Escape(invocation.Text)}");
        }
    }

    private static InlineButton Button(string label, string callbackData) =>
        new(Truncate(label.Trim().Length > 0 ? label.Trim() : callbackData, MaxButtonTextLength), callbackData);

    private static string EntryName(string text)
    {
        var cuts = new[] { text.IndexOf(" (", StringComparison.Ordinal), text.IndexOf(": ", StringComparison.Ordinal) }
            .Where(i => i > 0)
            .DefaultIfEmpty(text.Length)
            .Min();
        return Truncate(text[..cuts].Trim(), EntryNameLength);
    }

    private static IEnumerable<IReadOnlyList<InlineButton>> PairShort(List<InlineButton> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            if (i + 1 < actions.Count && actions[i].Text.Length <= ShortActionLength && actions[i + 1].Text.Length <= ShortActionLength)
            {
                yield return [actions[i], actions[i + 1]];
                i++;
            }
            else
            {
                yield return [actions[i]];
            }
        }
    }
}
