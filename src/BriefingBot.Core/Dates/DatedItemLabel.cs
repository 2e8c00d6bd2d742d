using System.Text.RegularExpressions;

namespace BriefingBot.Core.Dates;

/// <summary>
/// A short label for a dated item, made only from the sentence's own words: "The New START Treaty is set to expire"
/// for "The New START Treaty is set to expire on February 4, 2026." The date itself is shown beside the label, so the
/// label drops it where that leaves a readable phrase.
/// <list type="number">
/// <item>Of a sentence joined by semicolons, only the clause holding the date is kept.</item>
/// <item>A leading list marker ("•", "-", "2.") goes.</item>
/// <item>The date goes together with the preposition that introduced it ("on February 4, 2026", "since about 2016",
/// "(January 17)", "2013:" heading a list item, "just last week"), or alone when it modifies a noun ("the February 4
/// deadline" becomes "the deadline"). A date used otherwise ("If February 5th comes and goes") stays.</item>
/// <item>A leading phrase made only of time words ("Just a few days ago,") goes.</item>
/// <item>A short heading ("The New START Deadline: ...") goes when the rest fits the label, and stays when the rest
/// must be cut anyway, since then the heading names the topic better than a truncated clause.</item>
/// <item>If fewer than three words are left ("Remember?"), the sentence is used whole.</item>
/// <item>The result starts with a capital, loses its final full stop and is cut at a word boundary with "…" to at most
/// <see cref="MaxLength"/> characters.</item>
/// </list>
/// </summary>
public static partial class DatedItemLabel
{
    public const int MaxLength = 80;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string Years = @"(?:(?:1[89]|20)\d{2}(?:\s*,\s*|,?\s+(?:and|or|to|through|until)\s+))*";
    private const int MatchTimeoutMilliseconds = 1000;

    [GeneratedRegex(@"^\s*(?:[-*•▪‣]|\d{1,2}[.)])\s+", Options, MatchTimeoutMilliseconds)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?<head>[^:;.!?]{2,60}?):\s+(?=\S)", Options, MatchTimeoutMilliseconds)]
    private static partial Regex Heading();

    /// <summary>What may stand before a removable date: a preposition, a hedge, earlier years of a list.</summary>
    [GeneratedRegex(
        @"(?i)(?:\b(?:as\s+of|dating\s+back\s+to|dating\s+from|back\s+to|on|in|at|by|since|until|till|before|after|during|from|through|of|to|between)\s+)?"
        + @"(?:\b(?:just|only|even|about|around|roughly|approximately)\s+)?" + Years + "$",
        Options,
        MatchTimeoutMilliseconds)]
    private static partial Regex Introducer();

    /// <summary>Later years of a list that go with the removed one: "in 2016 and 2020".</summary>
    [GeneratedRegex(@"^(?:(?:\s*,\s*|,?\s+(?:and|or|to|through|until)\s+)(?:1[89]|20)\d{2}\b)+", Options, MatchTimeoutMilliseconds)]
    private static partial Regex FollowingYears();

    [GeneratedRegex(@"(?i)\bthe\s+$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex Attributive();

    [GeneratedRegex(@"^\s+\p{L}", Options, MatchTimeoutMilliseconds)]
    private static partial Regex WordAhead();

    [GeneratedRegex(@"\s*\(\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex OpenParenthesis();

    [GeneratedRegex(@"^\s*\)", Options, MatchTimeoutMilliseconds)]
    private static partial Regex CloseParenthesis();

    [GeneratedRegex(@"^\s*(?:[-*•▪‣]\s*|\d{1,2}[.)]\s+)?$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"^\s*:", Options, MatchTimeoutMilliseconds)]
    private static partial Regex Colon();

    /// <summary>A run of white space that is not one plain space already (replacing those would copy every label).</summary>
    [GeneratedRegex(@" \s+|[^\S ]\s*", Options, MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+(?=[,;:.!?)…])", Options, MatchTimeoutMilliseconds)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@",(?:\s*,)+", Options, MatchTimeoutMilliseconds)]
    private static partial Regex RepeatedCommas();

    [GeneratedRegex(@"\(\s*\)", Options, MatchTimeoutMilliseconds)]
    private static partial Regex EmptyParentheses();

    /// <summary>Words that make up a leading time phrase such as "Just a few days ago," or "Right now,".</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "just", "only", "even", "a", "an", "few", "couple", "of", "several", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "ago", "last", "this", "next", "earlier", "later", "right", "now",
        "today", "tonight", "yesterday", "tomorrow", "then", "on", "in", "as",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWordLookup = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The label for <paramref name="date"/>, one of the dates <see cref="DateExtractor"/> found in <paramref name="sentence"/>.</summary>
    public static string From(string sentence, ExtractedDate date)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(date);

        var start = Locate(sentence, date);
        var end = start < 0 ? -1 : start + date.Expression.Length;
        var text = sentence;

        (text, start, end) = ClauseAround(text, start, end);

        if (MatchLength(ListMarker(), text) is { } marker && (start < 0 || start >= marker))
        {
            (text, start, end) = (text[marker..], Shift(start, -marker), Shift(end, -marker));
        }

        // Most sentences hold no colon, and so no heading: they are spared the match.
        var heading = text.Contains(':', StringComparison.Ordinal) ? Heading().Match(text) : Match.Empty;
        var head = heading.Groups["head"].Value;
        if (heading.Success && CountWords(head) <= 7 && head.Trim() != date.Expression)
        {
            var bodyStart = heading.Length;
            if (start >= bodyStart)
            {
                var body = Describe(text[bodyStart..], start - bodyStart, end - bodyStart, date.IsRelative);
                return body.Length <= MaxLength ? body : Cut(Tidy(head) + ": " + body);
            }

            if (start >= 0)
            {
                return Cut(Describe(head, start, end, date.IsRelative) + ": " + Tidy(text[bodyStart..]));
            }
        }

        return Cut(Describe(text, start, end, date.IsRelative));
    }

    /// <summary>The text without the date where that reads well; the whole text where it would not.</summary>
    private static string Describe(string text, int start, int end, bool isRelative)
    {
        if (start >= 0 && RemovalExtent(text, start, end, isRelative) is { } removal)
        {
            var described = DropLeadingTimePhrase(Tidy(string.Concat(text.AsSpan(0, removal.From), " ", text.AsSpan(removal.To))));
            if (CountWords(described) >= 3)
            {
                return Capitalise(described);
            }
        }

        return Capitalise(Tidy(text));
    }

    /// <summary>The part of <paramref name="text"/> to remove with the date, or null when the date must stay.</summary>
    private static (int From, int To)? RemovalExtent(string text, int start, int end, bool isRelative)
    {
        var before = text.AsSpan(0, start);
        var after = text.AsSpan(end);

        if (MatchLength(OpenParenthesis(), before) is { } open && MatchLength(CloseParenthesis(), after) is { } close)
        {
            return (start - open, end + close);
        }

        if (ListLead().IsMatch(before) && MatchLength(Colon(), after) is { } colon)
        {
            return (0, end + colon);
        }

        var introducer = MatchLength(Introducer(), before) ?? 0;
        // Deictic expressions ("last week", "today") are adverbs of time wherever they stand.
        var isAdverbial = introducer > 0 || isRelative;
        if (isAdverbial)
        {
            return (start - introducer, end + (MatchLength(FollowingYears(), after) ?? 0));
        }

        return Attributive().IsMatch(before) && WordAhead().IsMatch(after) ? (start, end) : null;
    }

    private static string DropLeadingTimePhrase(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return text;
        }

        var lead = text.AsSpan(0, comma);
        foreach (var word in lead.Split(' '))
        {
            if (!lead[word].IsEmpty && !TimeWordLookup.Contains(lead[word]))
            {
                return text;
            }
        }

        return text[(comma + 1)..].TrimStart();
    }

    /// <summary>The length of the pattern's first match in <paramref name="text"/>, or null when it has none.</summary>
    private static int? MatchLength(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return match.Length;
        }

        return null;
    }

    private static (string Text, int Start, int End) ClauseAround(string text, int start, int end)
    {
        if (start < 0 || !text.Contains(';', StringComparison.Ordinal))
        {
            return (text, start, end);
        }

        var clauseStart = text.LastIndexOf(';', start) + 1;
        var clauseEnd = text.IndexOf(';', end);
        clauseEnd = clauseEnd < 0 ? text.Length : clauseEnd;
        return (text[clauseStart..clauseEnd], start - clauseStart, end - clauseStart);
    }

    private static int Locate(string sentence, ExtractedDate date)
    {
        var fits = date.Index >= 0 && date.Expression.Length > 0 && date.Index + date.Expression.Length <= sentence.Length;
        if (fits && string.CompareOrdinal(sentence, date.Index, date.Expression, 0, date.Expression.Length) == 0)
        {
            return date.Index;
        }

        return date.Expression.Length == 0 ? -1 : sentence.IndexOf(date.Expression, StringComparison.Ordinal);
    }

    private static string Tidy(string text)
    {
        var tidy = Spaces().Replace(text, " ");
        tidy = EmptyParentheses().Replace(tidy, " ");
        tidy = SpaceBeforePunctuation().Replace(tidy, string.Empty);
        tidy = RepeatedCommas().Replace(tidy, ",");
        tidy = Spaces().Replace(tidy, " ");
        tidy = tidy.Trim().TrimStart(',', ';', ':', '—', '–', ' ').TrimEnd(',', ';', ':', '—', '–', '.', ' ');
        return WithoutUnpairedQuotes(tidy);
    }

    /// <summary>A label cut from a quoted sentence keeps no opening mark without its closing one, nor the reverse.</summary>
    private static string WithoutUnpairedQuotes(string text)
    {
        if (text.Length > 0 && text[0] is '\u201C' or '"' && text.IndexOfAny(['\u201D', '"'], 1) < 0)
        {
            text = text[1..];
        }

        if (text.Length > 0 && text[^1] is '\u201D' or '"' && text.LastIndexOfAny(['\u201C', '"'], text.Length - 2 < 0 ? 0 : text.Length - 2) < 0)
        {
            text = text[..^1];
        }

        return text.Trim();
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var room = text[..(MaxLength - 1)];
        var lastSpace = room.LastIndexOf(' ');
        var cut = lastSpace > 0 ? room[..lastSpace] : room;
        return cut.TrimEnd(',', ';', ':', '—', '–', '-', ' ') + "…";
    }

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>Words holding a letter or a digit, between spaces.</summary>
    private static int CountWords(string text)
    {
        var count = 0;
        foreach (var word in text.AsSpan().Split(' '))
        {
            foreach (var c in text.AsSpan(word))
            {
                if (char.IsLetterOrDigit(c))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private static int Shift(int position, int by) => position < 0 ? position : position + by;
}
