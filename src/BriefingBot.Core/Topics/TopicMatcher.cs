using BriefingBot.Core.Content;

namespace BriefingBot.Core.Topics;

/// <summary>
/// Finds the curated topics in a piece of text: the query "what about the new start treaty" names
/// <c>new-start</c>; the sentence "Russia's shadow fleet of tankers" belongs to <c>shadow-fleet</c>.
/// Phrases match as whole-word sequences, case-insensitively.
/// </summary>
public sealed class TopicMatcher
{
    private readonly IReadOnlyList<Topic> _topics;
    private readonly List<(Topic Topic, string[] Tokens)> _phrases;
    private readonly Dictionary<string, (Topic Topic, string[] Tokens)[]>.AlternateLookup<ReadOnlySpan<char>> _phrasesByFirstWordLookup;

    public TopicMatcher(IReadOnlyList<Topic> topics)
    {
        _topics = topics;
        _phrases = [.. topics
            .SelectMany(t => t.Phrases.Append(t.Id.Replace('-', ' ')).Select(p => (Topic: t, Tokens: WordTokens.Tokenize(p).ToArray())))
            .Where(p => p.Tokens.Length > 0)
            .OrderByDescending(p => p.Tokens.Length)];
        _phrasesByFirstWordLookup = _phrases
            .GroupBy(p => p.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<Topic> Topics => _topics;

    public Topic? FindById(string id) => _topics.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The topic whose name, id or alias is exactly the text, or else the topics named inside it, longest phrase
    /// first, each with the token range it covers (so the rest of the text can be searched as plain words).
    /// </summary>
    public IReadOnlyList<TopicMention> FindMentions(IReadOnlyList<string> tokens)
    {
        var mentions = new List<TopicMention>();
        var taken = new bool[tokens.Count];
        foreach (var (topic, phrase) in _phrases)
        {
            for (var start = 0; start + phrase.Length <= tokens.Count; start++)
            {
                if (!Matches(tokens, start, phrase) || AnyTaken(taken, start, phrase.Length))
                {
                    continue;
                }

                for (var i = 0; i < phrase.Length; i++)
                {
                    taken[start + i] = true;
                }

                if (!mentions.Exists(m => m.Topic.Id == topic.Id))
                {
                    mentions.Add(new TopicMention(topic, start, phrase.Length));
                }
                else
                {
                    mentions.Add(new TopicMention(topic, start, phrase.Length) { IsRepeat = true });
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// Ids of every topic whose name or alias occurs in the text, in catalogue order. One pass over the words: at each,
    /// only the phrases starting with that word are tried (ingest asks this of every dated sentence). The words are
    /// compared in a lowercase copy of the text rather than made into strings: this runs for every dated sentence and
    /// many paragraphs at ingest, where a string per word was most of its allocation.
    /// </summary>
    public IReadOnlyList<string> TopicIdsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> lower = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        var words = WordTokens.Ranges(text);
        HashSet<string>? found = null;
        for (var start = 0; start < words.Count; start++)
        {
            if (!_phrasesByFirstWordLookup.TryGetValue(lower[words[start]], out var candidates))
            {
                continue;
            }

            foreach (var (topic, phrase) in candidates)
            {
                if (start + phrase.Length <= words.Count && Matches(lower, words, start, phrase))
                {
                    (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(topic.Id);
                }
            }
        }

        return found is null ? [] : [.. _topics.Select(t => t.Id).Where(found.Contains)];
    }

    /// <summary>Up to <paramref name="max"/> topics whose names or aliases look like the text (typos, partial words).</summary>
    public IReadOnlyList<Topic> Suggest(string text, int max)
    {
        var query = WordTokens.Normalize(text);
        var queryTokens = WordTokens.Tokenize(text).Where(t => !WordTokens.IsStopWord(t)).ToArray();
        if (query.Length == 0)
        {
            return [];
        }

        return [.. _topics
            .Select(topic => (topic, score: topic.Phrases.Max(p => Similarity(query, queryTokens, WordTokens.Normalize(p)))))
            .Where(x => x.score >= 0.5)
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.topic.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.topic)];
    }

    private static double Similarity(string query, string[] queryTokens, string phrase)
    {
        if (phrase.Length == 0)
        {
            return 0;
        }

        var whole = 1.0 - ((double)Levenshtein(query, phrase) / Math.Max(query.Length, phrase.Length));
        var phraseTokens = phrase.Split(' ');
        var best = whole;
        foreach (var q in queryTokens.Where(q => q.Length >= 3))
        {
            foreach (var p in phraseTokens.Where(p => p.Length >= 3))
            {
                var word = 1.0 - ((double)Levenshtein(q, p) / Math.Max(q.Length, p.Length));
                if (p.StartsWith(q, StringComparison.Ordinal) || q.StartsWith(p, StringComparison.Ordinal))
                {
                    word = Math.Max(word, 0.75);
                }

                best = Math.Max(best, word * 0.95);
            }
        }

        return best;
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static bool Matches(IReadOnlyList<string> tokens, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(tokens[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(ReadOnlySpan<char> lower, IReadOnlyList<Range> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!lower[words[start + i]].SequenceEqual(phrase[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyTaken(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A topic named in a query, and the tokens that named it.</summary>
public sealed record TopicMention(Topic Topic, int Start, int Length)
{
    public bool IsRepeat { get; init; }
}
