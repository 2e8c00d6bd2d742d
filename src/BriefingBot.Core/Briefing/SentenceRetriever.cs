using System.Text.RegularExpressions;
using BriefingBot.Core.Ports;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// Runs a query's tiers strictest first and stops as soon as they have found <see cref="CandidateCount"/> sentences
/// holding at least <see cref="EnoughStatements"/> different statements (a summary and its quotes need statements;
/// sixty copies of one advice line are not an answer), so a question whose own words are common enough costs one
/// search of those words. Sentences from a stricter tier
/// rank above those of a looser one (exact words above aliases, all words above most); within a tier, by BM25.
/// An acronym typed in capitals only counts where the sentence has it in capitals: "US" never matches "told us".
/// </summary>
public sealed class SentenceRetriever(IArticleStore store)
{
    public const int CandidateCount = 60;

    /// <summary>Different statements found before the looser tiers are skipped: four for a summary, three quotes, room to choose.</summary>
    public const int EnoughStatements = 12;

    /// <summary>The width of each tier's band of relevance: tier 0 scores 0.75-1, tier 1 0.5-0.75, tier 2 0.25-0.5.</summary>
    private const double TierStep = 0.25;

    public async Task<IReadOnlyList<SentenceHit>> RetrieveAsync(AnalysedQuery query, CancellationToken cancellationToken)
    {
        var found = new List<SentenceHit>();
        var seen = new HashSet<long>();
        var statements = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = query.Acronyms.Select(a => (Exact: WholeWord(a, RegexOptions.None), AnyCase: WholeWord(a, RegexOptions.IgnoreCase))).ToArray();
        for (var tier = 0; tier < query.Tiers.Count && (found.Count < CandidateCount || statements.Count < EnoughStatements); tier++)
        {
            // More than kept: "US" also matches "told us", and a corpus may repeat one non-statement many times.
            var limit = CandidateCount * 4;
            var hits = await store.SearchAsync(query.Tiers[tier], limit, cancellationToken);
            var best = hits.Count > 0 ? hits.Max(h => h.Relevance) : 0;
            foreach (var hit in hits)
            {
                if (!seen.Add(hit.SentenceId) || LowercaseOnly(hit.Text, acronyms))
                {
                    continue;
                }

                // Each tier has its own band: the weakest hit of a stricter tier still ranks above a looser tier's best.
                var norm = best > 0 ? hit.Relevance / best : 1;
                found.Add(hit with { Relevance = 1 - (TierStep * (tier + 1 - norm)) });
                if (hit.Role == Text.Roles.SentenceRole.Statement)
                {
                    statements.Add(hit.Text);
                }
            }
        }

        return found;
    }

    /// <summary>The sentence has an acronym's letters only in another case ("us" for "US").</summary>
    private static bool LowercaseOnly(string text, (Regex Exact, Regex AnyCase)[] acronyms) =>
        acronyms.Any(a => a.AnyCase.IsMatch(text) && !a.Exact.IsMatch(text));

    /// <summary>The acronym as a whole word, with or without full stops between its letters ("US", "U.S").</summary>
    private static Regex WholeWord(string acronym, RegexOptions options) =>
        new($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"\.?", acronym.Select(c => Regex.Escape(c.ToString())))}(?![\p{{L}}\p{{N}}])", options | RegexOptions.CultureInvariant);
}
