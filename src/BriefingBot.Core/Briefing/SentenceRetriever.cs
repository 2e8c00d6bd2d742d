using System.Text.RegularExpressions;
using BriefingBot.Core.Ports;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// Runs a query's tiers strictest first, over statements only (what summaries and quotes are made of), and stops as
/// soon as they have found <see cref="CandidateCount"/> of them, so a question whose own words are common enough
/// costs one search of those words. Sentences from a stricter tier rank above those of a looser one (all the typed
/// words above most of them, typed words above aliases); within a tier, by BM25. <see cref="RetrieveAnyAsync"/> runs
/// the same tiers over every sentence, for when no statement gives an answer (list entries can still be quoted).
/// An acronym typed in capitals only counts where the sentence has it in capitals: "US" never matches "told us".
/// Each text is kept once, as found by the strictest tier that found it: copies of a sentence in other articles (the
/// store already returns one per search) never count twice towards <see cref="CandidateCount"/>.
/// </summary>
public sealed class SentenceRetriever(IArticleStore store)
{
    public const int CandidateCount = 60;

    /// <summary>The width of each tier's band of relevance: tier 0 scores 0.8-1, tier 1 0.6-0.8, and so on.</summary>
    private const double TierStep = 0.2;

    public Task<IReadOnlyList<SentenceHit>> RetrieveAsync(AnalysedQuery query, CancellationToken cancellationToken) =>
        RetrieveAsync(query, statementsOnly: true, cancellationToken);

    public Task<IReadOnlyList<SentenceHit>> RetrieveAnyAsync(AnalysedQuery query, CancellationToken cancellationToken) =>
        RetrieveAsync(query, statementsOnly: false, cancellationToken);

    private async Task<IReadOnlyList<SentenceHit>> RetrieveAsync(AnalysedQuery query, bool statementsOnly, CancellationToken cancellationToken)
    {
        var found = new List<SentenceHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = query.Acronyms.Select(a => (Exact: WholeWord(a, RegexOptions.None), AnyCase: WholeWord(a, RegexOptions.IgnoreCase))).ToArray();

        // "US" also matches "told us": ask for more when capitals will filter some out.
        var limit = acronyms.Length > 0 ? CandidateCount * 4 : CandidateCount;
        for (var tier = 0; tier < query.Tiers.Count && found.Count < CandidateCount; tier++)
        {
            foreach (var search in Searches(query.Tiers[tier]))
            {
                if (found.Count >= CandidateCount)
                {
                    break;
                }

                var hits = await store.SearchAsync(search with { StatementsOnly = statementsOnly }, limit, cancellationToken);
                var best = hits.Count > 0 ? hits.Max(h => h.Relevance) : 0;
                foreach (var hit in hits)
                {
                    if (!seen.Add(hit.Text) || LowercaseOnly(hit.Text, acronyms))
                    {
                        continue;
                    }

                    // Each tier has its own band: the weakest hit of a stricter tier still ranks above a looser tier's best.
                    var norm = best > 0 ? hit.Relevance / best : 1;
                    found.Add(hit with { Relevance = 1 - (TierStep * (tier + 1 - norm)) });
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A tier as searches: one, or, for "most of the words", one per group of that many words, in the order the words
    /// were typed. Separate searches stop as soon as enough is found, where one OR of every group ranks all their
    /// matches first (measured on 10,000 articles, a whole cold answer to "sanctions on Russian oil": 44 ms with one
    /// OR, 24 ms group by group, against 9.7 ms for a bare search of the user's words).
    /// </summary>
    private static IEnumerable<SearchQuery> Searches(SearchQuery tier)
    {
        var n = tier.Clauses.Count;
        var k = tier.MinimumClauses;
        if (k >= n || k < 1)
        {
            yield return tier;
            yield break;
        }

        foreach (var group in Combinations.Of(n, k))
        {
            yield return new SearchQuery([.. group.Select(i => tier.Clauses[i])], k);
        }
    }

    /// <summary>The sentence has an acronym's letters only in another case ("us" for "US").</summary>
    private static bool LowercaseOnly(string text, (Regex Exact, Regex AnyCase)[] acronyms) =>
        acronyms.Any(a => a.AnyCase.IsMatch(text) && !a.Exact.IsMatch(text));

    /// <summary>The acronym as a whole word, with or without full stops between its letters ("US", "U.S").</summary>
    private static Regex WholeWord(string acronym, RegexOptions options) =>
        new($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"\.?", acronym.Select(c => Regex.Escape(c.ToString())))}(?![\p{{L}}\p{{N}}])", options | RegexOptions.CultureInvariant);
}
