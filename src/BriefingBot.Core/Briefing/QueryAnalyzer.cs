using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// What a user asked for, ready to search. <see cref="Tiers"/> run strictest first until enough sentences are found:
/// every typed word as typed, most of them as typed, every one with the named topics' aliases as alternatives, then
/// most of those (the relevance floor). <see cref="Search"/> is the widest tier, what "matches" means for counting.
/// </summary>
public sealed record AnalysedQuery(
    IReadOnlyList<SearchQuery> Tiers,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Acronyms)
{
    public SearchQuery Search => Tiers.Count > 0 ? Tiers[^1] : new SearchQuery([], 0);

    /// <summary>Nothing but one or more topics was asked for ("New START", "sanctions and NATO").</summary>
    public bool IsTopicsOnly => Topics.Count > 0 && Terms.Count == 0;
}

/// <summary>
/// Turns free text into search tiers. Every word the user typed counts: a topic named in the text (by name, id or
/// alias) becomes one clause holding what was typed plus the topic's other phrases; each other content word is a
/// clause of its own. Acronyms typed in capitals (US, UK, EU, UN) are words, never stop words. A sentence must
/// satisfy every clause, or, in the last tier, most of them (two of two, two of three, three of four...), so that
/// "Putin pizza" finds nothing rather than any sentence about Putin.
/// </summary>
public sealed partial class QueryAnalyzer(TopicMatcher topics)
{
    public const int MaxClauses = 6;
    public const int MaxTopics = 3;
    private const int MaxTokens = 200;

    public AnalysedQuery Analyse(string text)
    {
        var raw = WordTokens.TokenizeKeepingCase(DottedAcronym().Replace(text, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal)))
            .Take(MaxTokens).ToArray();
        var tokens = raw.Select(t => t.ToLowerInvariant()).ToArray();
        var shouting = raw.Length > 2 && raw.All(t => !t.Any(char.IsLower));
        var mentions = topics.FindMentions(tokens).OrderBy(m => m.Start).ToArray();
        var mentionAt = new Dictionary<int, TopicMention>();
        foreach (var mention in mentions)
        {
            mentionAt.TryAdd(mention.Start, mention);
        }

        var clauses = new List<(SearchClause Exact, SearchClause Wide)>();
        var named = new List<Topic>();
        var terms = new List<string>();
        var acronyms = new List<string>();
        for (var i = 0; i < tokens.Length && clauses.Count < MaxClauses;)
        {
            if (mentionAt.TryGetValue(i, out var mention))
            {
                var typed = tokens[i..(i + mention.Length)];
                i += mention.Length;
                if (named.Contains(mention.Topic) || named.Count == MaxTopics)
                {
                    continue;
                }

                named.Add(mention.Topic);
                clauses.Add((new SearchClause([typed], mention.Topic.Id), TopicClause(mention.Topic, typed)));
                continue;
            }

            var token = tokens[i];
            var acronym = !shouting && IsAcronym(raw[i]);
            i++;
            if ((!acronym && WordTokens.IsStopWord(token)) || (token.Length < 2 && !char.IsDigit(token[0])) || terms.Contains(token))
            {
                continue;
            }

            terms.Add(token);
            if (acronym)
            {
                acronyms.Add(raw[i - 1]);
            }

            // "US" is also written "U.S.", which the index holds as the words "u" and "s".
            var clause = acronym && token.Length <= 3 && token.All(char.IsLetter)
                ? new SearchClause([[token], [.. token.Select(c => c.ToString())]])
                : new SearchClause([[token]]);
            clauses.Add((clause, clause));
        }

        return new AnalysedQuery(Tiers(clauses), named, terms, acronyms);
    }

    /// <summary>The clause of a topic: what was typed first (if anything), then the topic's name and aliases.</summary>
    public static SearchClause TopicClause(Topic topic, IReadOnlyList<string>? typed = null)
    {
        IEnumerable<IReadOnlyList<string>> phrases = topic.Phrases.Select(p => (IReadOnlyList<string>)WordTokens.Tokenize(p)).Where(p => p.Count > 0);
        if (typed is { Count: > 0 })
        {
            phrases = phrases.Prepend(typed);
        }

        return new([.. phrases.DistinctBy(p => string.Join(' ', p), StringComparer.Ordinal)], topic.Id);
    }

    /// <summary>How many of n clauses a sentence must satisfy in the widest tier: all of one or two, then 60% rounded up.</summary>
    public static int MinimumFor(int clauseCount) =>
        clauseCount <= 2 ? clauseCount : (int)Math.Ceiling(clauseCount * 0.6);

    private static List<SearchQuery> Tiers(List<(SearchClause Exact, SearchClause Wide)> clauses)
    {
        var tiers = new List<SearchQuery>();
        if (clauses.Count == 0)
        {
            return tiers;
        }

        // The typed words are relaxed before aliases are added: "most of the words as typed" is a few cheap terms, while
        // a topic's aliases OR many phrases whose matches must all be ranked.
        var exact = clauses.Select(c => c.Exact).ToArray();
        var wide = clauses.Select(c => c.Wide).ToArray();
        Add(new SearchQuery(exact, exact.Length));
        Add(new SearchQuery(exact, MinimumFor(exact.Length)));
        Add(new SearchQuery(wide, wide.Length));
        Add(new SearchQuery(wide, MinimumFor(wide.Length)));
        return tiers;

        void Add(SearchQuery query)
        {
            if (!tiers.Exists(tier => SameSearch(tier, query)))
            {
                tiers.Add(query);
            }
        }
    }

    private static bool SameSearch(SearchQuery a, SearchQuery b) =>
        a.MinimumClauses == b.MinimumClauses
        && a.Clauses.Count == b.Clauses.Count
        && a.Clauses.Zip(b.Clauses).All(pair => pair.First.Phrases.Select(Words).SequenceEqual(pair.Second.Phrases.Select(Words), StringComparer.Ordinal));

    private static string Words(IReadOnlyList<string> phrase) => string.Join(' ', phrase);

    /// <summary>Stop words that are also acronyms when written in capitals: "US", "WHO", "IT". ("AND", "OR" stay words.)</summary>
    private static readonly HashSet<string> AcronymStopWords = new(StringComparer.Ordinal) { "us", "who", "it" };

    /// <summary>"US", "UK", "EU", "UN", "NATO": two to five capital letters (maybe a final s: "NGOs").</summary>
    private static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 6
        && (!WordTokens.IsStopWord(token.ToLowerInvariant()) || AcronymStopWords.Contains(token.ToLowerInvariant()))
        && token.TrimEnd('s').Length >= 2
        && token.TrimEnd('s').All(c => char.IsUpper(c) || char.IsDigit(c))
        && token.Any(char.IsLetter);

    /// <summary>"U.S.", "U.K.", "E.U.": capital letters each followed by a full stop.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\p{Lu}\.){2,4}")]
    private static partial System.Text.RegularExpressions.Regex DottedAcronym();
}
