using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>What a user asked for, ready to search: the topics they named and their other words.</summary>
public sealed record AnalysedQuery(SearchQuery Search, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Terms);

/// <summary>
/// Turns free text into a <see cref="SearchQuery"/>. Topics named in the text (by name, id or alias) become one
/// clause each, holding all their phrases, and all of them must match. Without a topic, the first
/// <see cref="MaxTerms"/> content words become clauses and a sentence must contain most of them (two of two,
/// two of three, three of four...): the relevance floor, so that "Trump pizza" finds nothing rather than
/// any sentence about Trump.
/// </summary>
public sealed class QueryAnalyzer(TopicMatcher topics)
{
    public const int MaxTerms = 6;
    public const int MaxTopics = 3;
    private const int MaxTokens = 200;

    public AnalysedQuery Analyse(string text)
    {
        var tokens = WordTokens.Tokenize(text).Take(MaxTokens).ToArray();
        var mentions = topics.FindMentions(tokens);
        var covered = new bool[tokens.Length];
        foreach (var mention in mentions)
        {
            for (var i = mention.Start; i < mention.Start + mention.Length; i++)
            {
                covered[i] = true;
            }
        }

        var named = mentions.Where(m => !m.IsRepeat).OrderBy(m => m.Start).Select(m => m.Topic).Take(MaxTopics).ToArray();
        var terms = tokens
            .Where((token, i) => !covered[i] && !WordTokens.IsStopWord(token) && (token.Length > 1 || char.IsDigit(token[0])))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToArray();

        if (named.Length > 0)
        {
            var clauses = named.Select(TopicClause).ToArray();
            return new AnalysedQuery(new SearchQuery(clauses, clauses.Length), named, terms);
        }

        var termClauses = terms.Select(t => new SearchClause([[t]])).ToArray();
        return new AnalysedQuery(new SearchQuery(termClauses, MinimumFor(termClauses.Length)), [], terms);
    }

    public static SearchClause TopicClause(Topic topic) =>
        new([.. topic.Phrases.Select(p => (IReadOnlyList<string>)WordTokens.Tokenize(p)).Where(p => p.Count > 0)], topic.Id);

    /// <summary>How many of n plain words a sentence must contain: all of one or two, then 60% rounded up.</summary>
    public static int MinimumFor(int clauseCount) =>
        clauseCount <= 2 ? clauseCount : (int)Math.Ceiling(clauseCount * 0.6);
}
