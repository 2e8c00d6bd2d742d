using BriefingBot.Core.Content;

namespace BriefingBot.Core.Topics;

/// <summary>A topic offered while the user types: the topic's name, and the phrase (name or alias) that matched.</summary>
public sealed record TopicChoice(string Name, string Matched);

/// <summary>
/// Topic suggestions for what has been typed so far (Discord autocomplete, and any platform's hints). Each topic
/// is ranked by the best way one of its phrases matches: the whole name, a whole alias, the name's start, an
/// alias's start, the start of a word in the name, of a word in an alias, then anywhere in the name or an alias.
/// Ties keep the catalogue's order, which lists topics by importance. Letter case and extra spaces do not matter.
/// Built once per topic list; a query only compares precomputed lowercase strings.
/// </summary>
public sealed class TopicAutocomplete
{
    /// <summary>The most choices Discord accepts in an autocomplete answer.</summary>
    public const int MaxChoices = 25;

    private readonly Entry[] _entries;

    public TopicAutocomplete(IReadOnlyList<Topic> topics)
    {
        Topics = topics;
        _entries = [.. topics.Select((topic, position) => new Entry(
            topic,
            position,
            [.. topic.Phrases.Select((phrase, index) => new Phrase(phrase, Normalise(phrase), IsName: index == 0))]))];
    }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<TopicChoice> Suggest(string? typed, int max = MaxChoices)
    {
        max = Math.Clamp(max, 0, MaxChoices);
        var query = Normalise(typed ?? string.Empty);
        if (query.Length == 0)
        {
            return [.. _entries.Take(max).Select(e => new TopicChoice(e.Topic.Name, e.Topic.Name))];
        }

        var ranked = new List<(int Rank, int Position, TopicChoice Choice)>();
        foreach (var entry in _entries)
        {
            var best = int.MaxValue;
            Phrase? matched = null;
            foreach (var phrase in entry.Phrases)
            {
                var rank = Rank(phrase, query);
                if (rank < best)
                {
                    best = rank;
                    matched = phrase;
                }
            }

            if (matched is not null)
            {
                ranked.Add((best, entry.Position, new TopicChoice(entry.Topic.Name, matched.Text)));
            }
        }

        ranked.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Position.CompareTo(b.Position));
        return [.. ranked.Take(max).Select(r => r.Choice)];
    }

    /// <summary>Lower is better; <see cref="int.MaxValue"/> is no match. Names beat aliases at each level.</summary>
    private static int Rank(Phrase phrase, string query)
    {
        var aliasPenalty = phrase.IsName ? 0 : 1;
        if (phrase.Lower.Length == query.Length && phrase.Lower == query)
        {
            return 0 + aliasPenalty;
        }

        if (phrase.Lower.StartsWith(query, StringComparison.Ordinal))
        {
            return 2 + aliasPenalty;
        }

        var at = phrase.Lower.IndexOf(query, StringComparison.Ordinal);
        if (at < 0)
        {
            return int.MaxValue;
        }

        while (at >= 0)
        {
            if (!char.IsLetterOrDigit(phrase.Lower[at - 1]))
            {
                return 4 + aliasPenalty;
            }

            at = at + 1 < phrase.Lower.Length ? phrase.Lower.IndexOf(query, at + 1, StringComparison.Ordinal) : -1;
        }

        return 6 + aliasPenalty;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private sealed record Phrase(string Text, string Lower, bool IsName);

    private sealed record Entry(Topic Topic, int Position, Phrase[] Phrases);
}
