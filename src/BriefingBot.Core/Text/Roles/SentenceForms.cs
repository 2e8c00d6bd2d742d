using System.Text.RegularExpressions;

namespace BriefingBot.Core.Text.Roles;

/// <summary>The surface forms <see cref="SentenceRoleClassifier"/> looks for: punctuation, labels, citations, imperatives.</summary>
internal static partial class SentenceForms
{
    /// <summary>A sentence this short says nothing on its own: "Formally.", "Yes.", "Absolutely."</summary>
    public const int FragmentWords = 3;

    /// <summary>Short sentences with no name or figure in them are scene-setting: "It feels upside down."</summary>
    private const int ShortWords = 7;

    private static readonly HashSet<string> Imperatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "watch", "monitor", "check", "track", "follow", "read", "look", "remember", "consider", "keep", "stay", "pay",
        "subscribe", "see", "note", "think", "ask", "try", "visit", "sign", "download", "click", "don't", "don’t",
        "do", "walk", "take", "expect", "imagine", "bookmark", "contact", "call", "write", "join", "register", "listen",
    };

    /// <summary>Subjects that point at nothing in particular: "It feels upside down.", "People love to simplify this."</summary>
    private static readonly HashSet<string> VagueSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "it's", "it’s", "this", "that", "that's", "that’s", "they", "we", "we're", "we’re", "there", "people",
        "everything", "nothing", "something", "everyone", "nobody", "he", "she", "he's", "he’s", "she's", "she’s",
    };

    /// <summary>The last character that is not a closing quote or bracket is <paramref name="mark"/>.</summary>
    public static bool EndsWith(string text, char mark)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!TextChars.IsClosingQuoteOrBracket(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                return text[i] == mark;
            }
        }

        return false;
    }

    public static bool HasClosingPunctuation(string text) =>
        EndsWith(text, '.') || EndsWith(text, '!') || EndsWith(text, '?') || EndsWith(text, '…');

    public static int WordCount(string text) => Word().Count(text);

    /// <summary>"BBC. (2024).", "Global Times (2025).", "[Lavrov’s statements]", a URL; in a list, a title in quotes.</summary>
    public static bool IsCitation(string text, bool inList) =>
        ReferenceEntry().IsMatch(text)
        || (text.StartsWith('[') && text.TrimEnd('.', ' ').EndsWith(']'))
        || text.Contains("http://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("https://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Retrieved from", StringComparison.OrdinalIgnoreCase)
        || (inList && IsWhollyQuoted(text));

    /// <summary>"Label: rest" split after its short label; with no label, an empty label and the whole sentence.</summary>
    public static (string Label, string Body) SplitLabel(string text)
    {
        var match = text.Contains(':', StringComparison.Ordinal) ? Label().Match(text) : Match.Empty;
        return match.Success ? (match.Groups["label"].Value, match.Groups["rest"].Value) : (string.Empty, text);
    }

    /// <summary>Starts with an imperative verb ("Read the full interviews..."), or speaks to the reader ("you'll see").</summary>
    public static bool IsAdvice(string text) =>
        IsImperative(text) || ConditionalImperative().IsMatch(text) || SpeaksToReader(WithoutQuotations(text));

    public static bool IsImperative(string text)
    {
        foreach (var first in FirstWord().EnumerateMatches(text))
        {
            return Imperatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(first.Index, first.Length))
                && !ThirdPersonAfter(text, first.Index + first.Length);
        }

        return false;
    }

    /// <summary>Scene-setting: a short sentence naming nothing, a stock phrase, a short quotation with no speaker.</summary>
    public static bool IsFiller(string text)
    {
        var words = WordCount(text);
        if (words <= FragmentWords)
        {
            return true;
        }

        if (StockPhrase().IsMatch(text) || PresentScene().IsMatch(text) || (IsWhollyQuoted(text) && words <= ShortWords))
        {
            return true;
        }

        return words <= ShortWords && !text.Any(char.IsDigit) && NamesNothingAfterAVagueSubject(text);
    }

    /// <summary>The first word is a vague subject ("It", "They") and no later word starts with a capital.</summary>
    private static bool NamesNothingAfterAVagueSubject(string text)
    {
        var first = true;
        foreach (var word in Word().EnumerateMatches(text))
        {
            var span = text.AsSpan(word.Index, word.Length);
            if (first ? !VagueSubjects.Contains(span.ToString()) : char.IsUpper(span[0]))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    private static bool IsWhollyQuoted(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        return trimmed.Length > 2 && trimmed[0] is '"' or '“' && trimmed[^1] is '"' or '”'
            && trimmed[1..^1].IndexOfAny(['"', '“', '”']) < 0;
    }

    /// <summary>"Watch" in "Watch the sanctions" is an order; in "Watch parties were held" it is a noun with a verb after it.</summary>
    private static bool ThirdPersonAfter(string text, int from)
    {
        var seen = 0;
        foreach (var next in Word().EnumerateMatches(text.AsSpan(from)))
        {
            if (text.AsSpan(from + next.Index, next.Length) is "is" or "was" or "are" or "were" or "has" or "had" or "will")
            {
                return true;
            }

            if (++seen == 2)
            {
                break;
            }
        }

        return false;
    }

    private static bool SpeaksToReader(string text) => Reader().IsMatch(text) || AboutTheArticle().IsMatch(text);

    private static string WithoutQuotations(string text) => Quotation().Replace(text, " ");

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=^\W*)[\p{L}][\p{L}'’]*")]
    private static partial Regex FirstWord();

    /// <summary>"Kommersant. (2025)", "The Atlantic Council. (2023).", "Global Times (2025).", "Smith, J. (2024, May 3)."</summary>
    [GeneratedRegex(@"^[\p{Lu}\p{N}][^()]{0,100}?\.?\s*\((?:\d{4}[a-z]?|n\.d\.)(?:,[^)]{0,30})?\)\.?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceEntry();

    /// <summary>A short label with no sentence punctuation, a colon, then the rest.</summary>
    [GeneratedRegex(@"^(?<label>[^:.!?]{2,60}):\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Label();

    /// <summary>"If the treaty expires, expect a spike..."</summary>
    [GeneratedRegex(@"^If\b[^,]{3,200},\s+(?:expect|watch|look|check|remember|keep|don['’]t)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalImperative();

    [GeneratedRegex(@"\b(?:you|your|yours|yourself|you['’](?:ll|re|ve|d))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reader();

    /// <summary>"In this article...", "We will dive into...", "This guide explains..."</summary>
    [GeneratedRegex(@"\b(?:in this (?:article|guide|post|piece|overview)|this (?:article|guide|post) (?:explains|covers|looks)|we(?:['’]ll| will) (?:dive|look|explore|examine|discuss|cover|break down|walk))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheArticle();

    [GeneratedRegex(@"[""“][^""“”]*[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b(?:holding its breath|here(?: is|['’]s) the (?:kicker|thing)|the bottom line|let['’]s be honest|make no mistake|buckle up|stay tuned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StockPhrase();

    /// <summary>"It is early 2026, and...", "It's 2026 now..."</summary>
    [GeneratedRegex(@"^It(?: is|['’]s) (?:(?:early|late|mid|now)[\s\-]+)?(?:\d{4}|spring|summer|autumn|fall|winter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PresentScene();
}
