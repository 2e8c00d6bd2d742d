using System.Text;
using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Text for Discord's markdown. Everything that is not our own markup goes through <see cref="Escape"/>, so corpus
/// text and the bot's words show as written: a backslash goes before every character that could start markup
/// anywhere (<c>\ * _ ~ ` | [ ] ( ) &lt;</c>; the brackets and parentheses so that no masked link forms, the angle
/// bracket so that no <c>&lt;@id&gt;</c>, <c>&lt;#id&gt;</c>, <c>&lt;@&amp;id&gt;</c>, <c>&lt;t:…&gt;</c>,
/// <c>&lt;:emoji:id&gt;</c> or <c>&lt;/command:id&gt;</c> forms), and before what starts a block at the start of a
/// line (<c>&gt;</c> quotes, <c>#</c> headings, <c>-</c> and <c>+</c> lists and <c>-#</c> subtext, the dot of
/// "1." numbered lists). Discord hides the backslash before any punctuation, so the escapes are invisible.
/// "@everyone" and "@here" get a zero width space after the "@" wherever they occur.
/// <para>
/// Echoed user text goes through <see cref="UserText"/>, which first applies <see cref="MentionProof"/>: a zero width
/// space after every "@" and "&lt;", and in "://", so nothing the user typed can mention, ping, form Discord syntax or
/// become a clickable link, even though every message is also sent with <c>allowed_mentions: {"parse": []}</c>.
/// </para>
/// </summary>
internal static class DiscordMarkdown
{
    /// <summary>U+200B ZERO WIDTH SPACE: invisible, and nothing a mention or a URL scheme can continue with.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>The longest URL a masked link gets; a longer one leaves the title unlinked (a button URL's limit, too).</summary>
    public const int MaxLinkUrlLength = 512;

    /// <summary>The longest title a link or an italic source title shows, in characters.</summary>
    public const int MaxSourceTitleLength = 150;

    /// <summary>The longest command a hint shows as inline code; a longer one is shown as escaped text.</summary>
    public const int MaxCodeLength = 1000;

    /// <summary>Characters that start markup wherever they are.</summary>
    private const string AlwaysEscaped = "\\*_~`|[]()<";

    /// <summary>Characters that start a block (quote, heading, list, subtext) at the start of a line.</summary>
    private const string LineStartEscaped = ">#-+";

    /// <summary>Corpus text or the bot's words, starting at the start of a line.</summary>
    public static string Escape(string text) => Escape(text, atLineStart: true, lineBreak: "\n");

    /// <summary>
    /// Corpus text or the bot's words. <paramref name="atLineStart"/> says whether the text begins a line;
    /// <paramref name="lineBreak"/> is written for each line break in it ("\n&gt; " inside a block quote).
    /// A lone surrogate, which Discord would refuse, becomes U+FFFD; "\r" is dropped.
    /// </summary>
    public static string Escape(string text, bool atLineStart, string lineBreak)
    {
        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                escaped.Append(lineBreak);
                lineStart = true;
                continue;
            }

            if (lineStart)
            {
                if (c is ' ' or '\t')
                {
                    escaped.Append(c);
                    continue;
                }

                lineStart = false;
                if (LineStartEscaped.Contains(c, StringComparison.Ordinal))
                {
                    escaped.Append('\\').Append(c);
                    continue;
                }

                var digits = i;
                while (digits < text.Length && char.IsAsciiDigit(text[digits]))
                {
                    digits++;
                }

                if (digits > i && digits < text.Length && text[digits] == '.')
                {
                    escaped.Append(text, i, digits - i).Append("\\.");
                    i = digits;
                    continue;
                }
            }

            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\').Append(c);
            }
            else if (c == '@')
            {
                escaped.Append(c);
                if (StartsWithIgnoringCase(text, i + 1, "everyone") || StartsWithIgnoringCase(text, i + 1, "here"))
                {
                    escaped.Append(ZeroWidthSpace);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                escaped.Append('\uFFFD');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Makes text the user typed inert, without escaping it: a zero width space after every "@" (so "@everyone",
    /// "@here" and "@name" mention nobody), after every "&lt;" (so "&lt;@id&gt;", "&lt;@&amp;id&gt;", "&lt;#id&gt;",
    /// "&lt;t:…&gt;" and "&lt;:emoji:id&gt;" cannot form) and after the ":" of "://" (so no link is made clickable).
    /// For places without markdown (footers, button labels) on its own; <see cref="UserText"/> otherwise.
    /// </summary>
    public static string MentionProof(string text)
    {
        var proofed = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            proofed.Append(c);
            if (c is '@' or '<' || (c == ':' && string.CompareOrdinal(text, i + 1, "//", 0, 2) == 0))
            {
                proofed.Append(ZeroWidthSpace);
            }
        }

        return proofed.ToString();
    }

    /// <summary>Echoed user text for markdown: made inert (<see cref="MentionProof"/>), then escaped.</summary>
    public static string UserText(string text) => Escape(MentionProof(text));

    /// <summary>A line of reply text as markdown: the bot's words escaped, the user's words made inert and escaped.</summary>
    public static string Text(ReplyText text) => MarkdownLine.Of(text).Render();

    /// <summary>
    /// A line of reply text for a place that shows no markdown (an embed footer): the bot's words as written, the user's
    /// words made inert. Escaping here would show the backslashes.
    /// </summary>
    public static string Plain(ReplyText text) =>
        string.Concat(text.Spans.Select(s => s.Kind == TextKind.User ? MentionProof(s.Text) : s.Text));

    /// <summary>
    /// Whether a URL may go in a masked link: absolute http or https only, since Discord shows any other link target
    /// as text, and a corpus file could carry anything; and at most <see cref="MaxLinkUrlLength"/> characters once
    /// written (<see cref="LinkTarget"/>).
    /// </summary>
    public static bool IsLinkable(string? url) => LinkTarget(url) is not null;

    /// <summary>
    /// The URL as a masked link's target, or null when it cannot be one (<see cref="IsLinkable"/>): normalised by
    /// <see cref="Uri"/>, which percent-encodes spaces and angle brackets, with parentheses percent-encoded too so
    /// that the first ")" ends the link.
    /// </summary>
    public static string? LinkTarget(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var target = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return target.Length <= MaxLinkUrlLength ? target : null;
    }

    /// <summary>
    /// A masked link "[text](target)" around plain text, which is escaped here. Square brackets in the text become
    /// parentheses: an unpaired one would keep Discord from reading the link at all.
    /// </summary>
    public static string Link(string text, string target)
    {
        var shown = Truncate(OneLine(text).Trim(), MaxSourceTitleLength).Replace('[', '(').Replace(']', ')');
        if (shown.Length == 0)
        {
            shown = "link";
        }

        return $"[{Escape(shown, atLineStart: false, lineBreak: " ")}]({target})";
    }

    /// <summary>A source's title: a masked link when its URL is linkable, else in italics.</summary>
    public static string SourceTitle(SourceRef source)
    {
        var title = source.Title.Trim().Length > 0 ? source.Title : source.ArticleId;
        return LinkTarget(source.Url) is { } target
            ? Link(title, target)
            : $"*{Escape(Truncate(OneLine(title), MaxSourceTitleLength).Trim(), atLineStart: false, lineBreak: " ")}*";
    }

    /// <summary>
    /// A command as inline code, so that it reads as something to type. A code span shows its text literally and cannot
    /// be escaped, so text with a backtick or a line break, or longer than <see cref="MaxCodeLength"/>, is null: the
    /// caller shows it escaped instead.
    /// </summary>
    public static string? Code(string text) =>
        text.Length is > 0 and <= MaxCodeLength && text.IndexOfAny(['`', '\n', '\r']) < 0 && text.Trim() == text
            ? $"`{text}`"
            : null;

    /// <summary>Plain text cut to <paramref name="max"/> characters, the last being "…", never inside a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
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

    /// <summary>Text on one line: each run of line breaks becomes a space.</summary>
    public static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text;

    private static bool StartsWithIgnoringCase(string text, int at, string word) =>
        at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
