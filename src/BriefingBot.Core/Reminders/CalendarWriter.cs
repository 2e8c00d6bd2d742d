using System.Buffers;
using System.Globalization;
using System.Text;
using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Reminders;

/// <summary>One all-day event for an iCalendar feed: a dated item with a stable <see cref="Uid"/>.</summary>
public sealed record CalendarEntry(string Uid, DateSpan When, string Summary, string Description, string? Url);

/// <summary>Writes dated items as an iCalendar (RFC 5545) document that calendar apps can import or subscribe to.</summary>
/// <remarks>
/// Every event is all-day: <c>DTSTART;VALUE=DATE</c> is the span's first day and <c>DTEND;VALUE=DATE</c> the day after
/// its last (the end is exclusive), so a day item lasts one day, a week seven days and a month all of its days.
/// TEXT values escape backslash, semicolon, comma and line breaks, and lose other control characters; the URL is a URI
/// and is written as is (less any line break). Lines end in CRLF and are folded so that no line exceeds 75 octets
/// of UTF-8, never inside a character.
/// </remarks>
public static class CalendarWriter
{
    private const int MaxLineOctets = 75;
    private const string LineBreak = "\r\n";

    public static string Write(IEnumerable<CalendarEntry> entries, DateTimeOffset stamp, string productId)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);

        var output = new StringBuilder();
        var dtStamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

        AppendLine(output, "BEGIN:VCALENDAR");
        AppendLine(output, "VERSION:2.0");
        AppendLine(output, "PRODID:" + EscapeText(productId));
        AppendLine(output, "CALSCALE:GREGORIAN");
        foreach (var entry in entries)
        {
            AppendLine(output, "BEGIN:VEVENT");
            AppendLine(output, "UID:" + EscapeText(entry.Uid));
            AppendLine(output, "DTSTAMP:" + dtStamp);
            AppendLine(output, "DTSTART;VALUE=DATE:" + FormatDate(entry.When.Start));
            AppendLine(output, "DTEND;VALUE=DATE:" + FormatDate(entry.When.End.AddDays(1)));
            AppendLine(output, "SUMMARY:" + EscapeText(entry.Summary));
            AppendLine(output, "DESCRIPTION:" + EscapeText(entry.Description));
            if (!string.IsNullOrWhiteSpace(entry.Url))
            {
                AppendLine(output, "URL:" + entry.Url.Trim().Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
            }

            AppendLine(output, "END:VEVENT");
        }

        AppendLine(output, "END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>
    /// RFC 5545 TEXT escaping: <c>\</c> to <c>\\</c>, <c>;</c> to <c>\;</c>, <c>,</c> to <c>\,</c>, any line break
    /// (CRLF, CR or LF) to <c>\n</c>; other control characters except tab are dropped.
    /// </summary>
    public static string EscapeText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case ';':
                    escaped.Append(@"\;");
                    break;
                case ',':
                    escaped.Append(@"\,");
                    break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append(@"\n");
                    break;
                case '\t':
                    escaped.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Appends one content line, folded: after at most 75 octets a CRLF and a space start the next physical line
    /// (the space counts toward its 75). Breaks fall between whole characters (UTF-8 sequences, surrogate pairs);
    /// an unpaired surrogate is written as U+FFFD so the output is always valid UTF-8.
    /// </summary>
    private static void AppendLine(StringBuilder output, string contentLine)
    {
        var lineOctets = 0;
        var index = 0;
        while (index < contentLine.Length)
        {
            var whole = Rune.DecodeFromUtf16(contentLine.AsSpan(index), out var rune, out var charsConsumed) == OperationStatus.Done;
            var octets = whole ? rune.Utf8SequenceLength : Rune.ReplacementChar.Utf8SequenceLength;
            if (lineOctets + octets > MaxLineOctets)
            {
                output.Append(LineBreak).Append(' ');
                lineOctets = 1;
            }

            if (whole)
            {
                output.Append(contentLine, index, charsConsumed);
            }
            else
            {
                output.Append('\uFFFD');
                charsConsumed = 1;
            }

            lineOctets += octets;
            index += charsConsumed;
        }

        output.Append(LineBreak);
    }

    private static string FormatDate(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
