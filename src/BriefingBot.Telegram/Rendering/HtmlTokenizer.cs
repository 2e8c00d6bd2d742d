using System.Globalization;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Reads message HTML as the renderer writes it (tags, the entities <see cref="TelegramHtml"/> writes, numeric
/// entities, text) into tokens, to measure it the way the Bot API counts and to cut it only between tokens.
/// </summary>
internal static class HtmlTokenizer
{
    /// <summary>The longest entity looked for ("&amp;#x1F600;" and the like); a longer run is plain text.</summary>
    private const int MaxEntityLength = 12;

    public static IReadOnlyList<HtmlToken> Read(string html)
    {
        var tokens = new List<HtmlToken>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            var end = c switch
            {
                '<' => html.IndexOf('>', i),
                '&' => html.IndexOf(';', i, Math.Min(MaxEntityLength, html.Length - i)),
                _ => -1,
            };
            if (end > i)
            {
                var piece = html[i..(end + 1)];
                tokens.Add(c == '<'
                    ? new HtmlToken(piece.StartsWith("</", StringComparison.Ordinal) ? HtmlTokenKind.Close : HtmlTokenKind.Open, piece, 0)
                    : new HtmlToken(HtmlTokenKind.Text, piece, EntityLength(piece)));
                i = end + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                tokens.Add(new HtmlToken(HtmlTokenKind.Text, html.Substring(i, 2), 2));
                i += 2;
            }
            else
            {
                tokens.Add(new HtmlToken(HtmlTokenKind.Text, c.ToString(), 1));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The length the Bot API counts for message HTML: its text with tags removed and entities decoded.</summary>
    public static int VisibleLength(string html) => Read(html).Sum(t => t.Length);

    private static int EntityLength(string entity)
    {
        if (!entity.StartsWith("&#", StringComparison.Ordinal))
        {
            return 1;
        }

        var hex = entity.Length > 3 && (entity[2] == 'x' || entity[2] == 'X');
        var digits = entity.AsSpan(hex ? 3 : 2, entity.Length - (hex ? 4 : 3));
        return int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && code > 0xFFFF ? 2 : 1;
    }
}
