using System.Text;
using BriefingBot.Core.Replies;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Text for the Bot API's HTML parse mode. Everything that is not our own markup goes through <see cref="Escape"/>,
/// so corpus text and the bot's words can never be read as tags. Echoed user text goes through
/// <see cref="UserText"/> as well, which also keeps it from forming a mention, a command, a hashtag or a link:
/// a user who types "@everyone", "/start" or "evil.example" sees it repeated, inert.
/// </summary>
internal static class TelegramHtml
{
    /// <summary>U+2060 WORD JOINER: invisible, and not a character a mention, command or domain can continue with.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>
    /// Escapes text for an HTML message: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>, the three the Bot API asks
    /// for. A lone surrogate, which is not valid UTF-8 and would make the whole request fail, becomes U+FFFD.
    /// </summary>
    public static string Escape(string text) => Write(text, quote: false);

    /// <summary>Escapes an attribute value (a link's href): the three of <see cref="Escape"/> and <c>"</c>.</summary>
    public static string EscapeAttribute(string value) => Write(value, quote: true);

    /// <summary>Echoed user text: made inert (<see cref="MentionProof"/>), then escaped.</summary>
    public static string UserText(string text) => Escape(MentionProof(text));

    /// <summary>
    /// Puts a word joiner after each character that could start a Telegram entity in text the user typed:
    /// after every <c>@</c> (mentions, e-mail addresses); after <c>/</c>, <c>#</c> and <c>$</c> where they begin a
    /// word, that is, not after a letter, digit or underscore (commands, hashtags, cashtags; "://" too); and after a
    /// <c>.</c> that a letter or digit follows (bare domains and URLs). Clients look for entities with a letter,
    /// digit or underscore right after those characters, which the joiner is not; the text reads the same.
    /// </summary>
    public static string MentionProof(string text)
    {
        var proofed = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            proofed.Append(c);
            var startsEntity = c switch
            {
                '@' => true,
                '/' or '#' or '$' => i == 0 || !IsWordCharacter(text[i - 1]),
                '.' => i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]),
                _ => false,
            };
            if (startsEntity)
            {
                proofed.Append(WordJoiner);
            }
        }

        return proofed.ToString();
    }

    /// <summary>A line of reply text: the bot's words escaped, the user's echoed words escaped and made inert.</summary>
    public static string Text(ReplyText text) =>
        string.Concat(text.Spans.Select(span => span.Kind == TextKind.User ? UserText(span.Text) : Escape(span.Text)));

    /// <summary>A link around HTML that is already escaped.</summary>
    public static string Link(string url, string html) => $"<a href=\"{EscapeAttribute(url)}\">{html}</a>";

    /// <summary>
    /// Whether a URL may go in a link: absolute http or https only, since the Bot API refuses the whole message for a
    /// link it cannot parse, and a corpus file could carry anything.
    /// </summary>
    public static bool IsLinkable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A source's title: a link when its URL is known and linkable, else in italics.</summary>
    public static string SourceTitle(SourceRef source) =>
        IsLinkable(source.Url) ? Link(source.Url!, Escape(source.Title)) : $"<i>{Escape(source.Title)}</i>";

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Write(string text, bool quote)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '"' when quote:
                    escaped.Append("&quot;");
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    escaped.Append(high).Append(text[++i]);
                    break;
                case var lone when char.IsSurrogate(lone):
                    escaped.Append('\uFFFD');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
