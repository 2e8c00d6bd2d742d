using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Dates.Events;

/// <summary>
/// The words around an item's date that say what happens then, crudely stemmed ("opens", "opening" and "open" are
/// one word), in order: the ten words either side of the date expression, never reaching past another date of the
/// same sentence (in "arrived on Friday, and nobody will picket tomorrow's open day", the open day is tomorrow's, not
/// Friday's), without stop words, date words or numbers. Two items share an event when these overlap.
/// </summary>
internal sealed class EventKeyWords
{
    private const int Window = 10;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "said", "says", "will", "would", "also", "been", "being", "yesterday", "tomorrow", "today", "tonight", "next", "last",
        "week", "weeks", "month", "months", "year", "years", "day", "days", "early", "late", "mid", "ago", "right", "set",
    };

    private EventKeyWords(List<string> sequence)
    {
        Words = [.. sequence];
        Pairs = [.. sequence.Zip(sequence.Skip(1), (a, b) => a + " " + b)];
    }

    /// <summary>The key words.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Neighbouring key words ("open passenger"): a shared pair says more than two shared words.</summary>
    public HashSet<string> Pairs { get; }

    /// <param name="item">The item.</param>
    /// <param name="otherExpressions">The date expressions of the other items found in the same sentence.</param>
    public static EventKeyWords Of(DatedItem item, IEnumerable<string> otherExpressions)
    {
        var words = WordTokens.Tokenize(item.Quote);
        var expression = WordTokens.Tokenize(item.Expression);
        var at = IndexOf(words, expression);
        var (from, to) = at < 0 ? (0, words.Count) : (Math.Max(0, at - Window), Math.Min(words.Count, at + expression.Count + Window));
        foreach (var other in otherExpressions)
        {
            var tokens = WordTokens.Tokenize(other);
            var position = IndexOf(words, tokens);
            if (at < 0 || position < 0 || position == at)
            {
                continue;
            }

            (from, to) = position < at ? (Math.Max(from, position + tokens.Count), to) : (from, Math.Min(to, position));
        }

        var keys = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (at >= 0 && i >= at && i < at + expression.Count)
            {
                continue;
            }

            var word = words[i];
            if (word.Length < 3 || WordTokens.IsStopWord(word) || Ignored.Contains(word) || word.Any(char.IsDigit) || CalendarWords.IsDateWord(word))
            {
                continue;
            }

            keys.Add(Stem(word));
        }

        return new EventKeyWords(keys);
    }

    /// <summary>"opening" → "open", "arrived" → "arriv", "arrive" → "arriv", "passengers" → "passenger".</summary>
    internal static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s", "e"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>Where <paramref name="phrase"/> starts among <paramref name="words"/>; -1 when it is not there or empty.</summary>
    internal static int IndexOf(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return -1;
        }

        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Count && match; j++)
            {
                match = words[i + j] == phrase[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
