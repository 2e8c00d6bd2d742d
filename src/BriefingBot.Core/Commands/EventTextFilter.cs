using BriefingBot.Core.Briefing;
using BriefingBot.Core.Dates.Events;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Which events a free-text question is about, by the rules a brief uses (<see cref="QueryAnalyzer"/>): a clause is
/// met when one of its phrases is in the sentence of one of the event's items (word forms folded as
/// <see cref="EventKeyWords.Stem"/> does), or, for a topic clause, when the event is tagged with the topic; an event
/// matches when at least the query's minimum of clauses are met.
/// </summary>
public static class EventTextFilter
{
    public static IReadOnlyList<DatedEvent> Matching(IReadOnlyList<DatedEvent> events, SearchQuery query)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var phrases = query.Clauses
            .Select(c => c.Phrases.Select(p => p.Select(EventKeyWords.Stem).ToArray()).ToArray())
            .ToArray();
        return [.. events.Where(e => Met(e, query, phrases) >= query.MinimumClauses)];
    }

    private static int Met(DatedEvent dated, SearchQuery query, string[][][] phrases)
    {
        var sentences = dated.Items.Select(i => WordTokens.Tokenize(i.Quote).Select(EventKeyWords.Stem).ToArray()).ToArray();
        var met = 0;
        for (var c = 0; c < query.Clauses.Count; c++)
        {
            var topic = query.Clauses[c].TopicId;
            if ((topic is not null && dated.Topics.Contains(topic)) || phrases[c].Any(p => sentences.Any(s => EventKeyWords.IndexOf(s, p) >= 0)))
            {
                met++;
            }
        }

        return met;
    }
}
