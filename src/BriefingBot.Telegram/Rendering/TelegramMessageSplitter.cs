using System.Text;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Packs blocks into messages whose visible text (tags removed, entities decoded, in UTF-16 code units as the Bot API
/// counts) stays within a limit, breaking only between blocks. A block longer than the limit on its own starts a new
/// message and is cut at the last sentence end that keeps at least half the limit, else at the last space, else at the
/// limit; never inside a tag, an entity or a surrogate pair. Tags open at a cut are closed before it and opened again
/// after it, so every message is well-formed on its own.
/// </summary>
internal static class TelegramMessageSplitter
{
    public static IReadOnlyList<string> Pack(IReadOnlyList<TelegramBlock> blocks, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var messages = new List<string>();
        var current = new StringBuilder();
        var visible = 0;
        foreach (var block in blocks)
        {
            var length = HtmlTokenizer.VisibleLength(block.Html);
            var separator = current.Length == 0 ? string.Empty : block.StartsSection ? "\n\n" : "\n";
            if (visible + separator.Length + length <= limit)
            {
                current.Append(separator).Append(block.Html);
                visible += separator.Length + length;
                continue;
            }

            Flush();
            IReadOnlyList<string> pieces = length <= limit ? [block.Html] : SplitBlock(block.Html, limit);
            messages.AddRange(pieces.Take(pieces.Count - 1));
            current.Append(pieces[^1]);
            visible = HtmlTokenizer.VisibleLength(pieces[^1]);
        }

        Flush();
        return messages;

        void Flush()
        {
            if (current.Length > 0)
            {
                messages.Add(current.ToString());
                current.Clear();
                visible = 0;
            }
        }
    }

    /// <summary>Cuts one block into pieces of at most <paramref name="limit"/> visible characters each.</summary>
    public static IReadOnlyList<string> SplitBlock(string html, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var tokens = HtmlTokenizer.Read(html);
        var pieces = new List<string>();
        var open = new List<HtmlToken>();
        var start = 0;
        while (start < tokens.Count)
        {
            var end = CutAt(tokens, start, limit);
            var piece = new StringBuilder();
            foreach (var tag in open)
            {
                piece.Append(tag.Html);
            }

            for (var i = start; i < end; i++)
            {
                piece.Append(tokens[i].Html);
                Track(open, tokens[i]);
            }

            start = end;
            while (start < tokens.Count && end < tokens.Count && (IsSpace(tokens[start]) || tokens[start].Kind == HtmlTokenKind.Close))
            {
                if (tokens[start].Kind == HtmlTokenKind.Close)
                {
                    piece.Append(tokens[start].Html);
                    Track(open, tokens[start]);
                }

                start++;
            }

            for (var i = open.Count - 1; i >= 0; i--)
            {
                piece.Append(open[i].ClosingTag());
            }

            pieces.Add(piece.ToString());
        }

        return pieces;
    }

    /// <summary>
    /// Where the piece that begins at <paramref name="start"/> ends (exclusive): at the space or line break after the
    /// last sentence that fits, if that keeps half the limit; else at the last space; else where the limit falls.
    /// The space at a cut is dropped and closing tags after it end the piece (<see cref="SplitBlock"/>).
    /// </summary>
    private static int CutAt(IReadOnlyList<HtmlToken> tokens, int start, int limit)
    {
        var visible = 0;
        var sentenceCut = -1;
        var wordCut = -1;
        var previous = string.Empty;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != HtmlTokenKind.Text)
            {
                continue;
            }

            if (visible + token.Length > limit)
            {
                var cut = sentenceCut > start ? sentenceCut : wordCut > start ? wordCut : i;
                return WithoutTrailingOpenTags(tokens, start, cut);
            }

            if (IsSpace(token) && visible > 0)
            {
                wordCut = i;
                if ((token.Html == "\n" || previous is "." or "!" or "?" or "\u2026") && visible >= limit / 2)
                {
                    sentenceCut = i;
                }
            }

            visible += token.Length;
            previous = token.Html;
        }

        return tokens.Count;
    }

    /// <summary>A cut moved back before any opening tags right before it, so that no piece ends in an empty element.</summary>
    private static int WithoutTrailingOpenTags(IReadOnlyList<HtmlToken> tokens, int start, int cut)
    {
        var end = cut;
        while (end - 1 > start && tokens[end - 1].Kind == HtmlTokenKind.Open)
        {
            end--;
        }

        return end;
    }

    private static bool IsSpace(HtmlToken token) => token.Kind == HtmlTokenKind.Text && token.Html is " " or "\n";

    private static void Track(List<HtmlToken> open, HtmlToken token)
    {
        if (token.Kind == HtmlTokenKind.Open)
        {
            open.Add(token);
        }
        else if (token.Kind == HtmlTokenKind.Close && open.Count > 0)
        {
            open.RemoveAt(open.Count - 1);
        }
    }
}
