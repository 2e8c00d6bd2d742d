using BriefingBot.Core.Content;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// Picks 2-4 statements for a summary: relevant first, then varied (maximal marginal relevance),
/// preferring sentences from articles not yet used so that agreeing sources all show. Near-duplicates
/// (most words shared) are never both picked. The total stays within <see cref="MaxCharacters"/>. The most central
/// statement (the one sharing most words with the other candidates) leads, so the summary reads as a paragraph
/// that opens on what the sources agree on.
/// </summary>
public static class SummaryComposer
{
    public const int MaxSentences = 4;
    public const int MaxCharacters = 700;
    private const int MinLength = 40;
    private const int MaxLength = 360;
    private const int RelaxedMinLength = 20;
    private const int RelaxedMaxLength = 480;
    private const double NearDuplicate = 0.5;
    private const double WeakestKept = 0.3;

    /// <summary>
    /// The summary. When the usual length limits leave fewer than two sentences, a second try accepts shorter and
    /// longer ones (down to <see cref="RelaxedMinLength"/>), because two short
    /// sentences from the corpus say more than one; it never goes beyond the corpus to make up the number.
    /// (Up to <see cref="RelaxedMaxLength"/>: with the minimum, two still fit the 700-character budget.)
    /// </summary>
    public static IReadOnlyList<SentenceHit> Compose(IReadOnlyList<SentenceHit> ranked)
    {
        var chosen = Compose(ranked, MinLength, MaxLength);
        if (chosen.Count >= 2)
        {
            return chosen;
        }

        var relaxed = Compose(ranked, RelaxedMinLength, RelaxedMaxLength);
        return relaxed.Count > chosen.Count ? relaxed : chosen;
    }

    /// <summary>The chosen sentences with the most central one first; a sentence opening on "It" or "But" never leads.</summary>
    private static List<SentenceHit> CentralFirst(List<SentenceHit> chosen, Dictionary<long, HashSet<string>> words)
    {
        if (chosen.Count < 2)
        {
            return chosen;
        }

        var lead = chosen
            .Where(c => !StartsWithDanglingReference(c.Text))
            .OrderByDescending(c => c.Relevance + chosen.Where(o => o != c).Sum(o => Jaccard(words[c.SentenceId], words[o.SentenceId])))
            .FirstOrDefault();
        return lead is null ? chosen : [lead, .. chosen.Where(c => c != lead)];
    }

    private static List<SentenceHit> Compose(IReadOnlyList<SentenceHit> ranked, int minLength, int maxLength)
    {
        var candidates = ranked
            .Where(hit => IsSummaryMaterial(hit, minLength, maxLength))
            .GroupBy(h => h.Text, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var best = candidates.Max(c => c.Relevance);
        var words = candidates.ToDictionary(c => c.SentenceId, c => ContentWords(c.Text));
        var chosen = new List<SentenceHit>();
        var length = 0;

        while (chosen.Count < MaxSentences)
        {
            SentenceHit? next = null;
            var nextScore = double.MinValue;
            foreach (var candidate in candidates)
            {
                if (chosen.Contains(candidate) || length + candidate.Text.Length + 1 > MaxCharacters)
                {
                    continue;
                }

                var relevance = best > 0 ? candidate.Relevance / best : 1;
                if (chosen.Count >= 2 && relevance < WeakestKept)
                {
                    continue;
                }

                var similarity = chosen.Count == 0 ? 0 : chosen.Max(c => Jaccard(words[c.SentenceId], words[candidate.SentenceId]));
                if (similarity > NearDuplicate)
                {
                    continue;
                }

                var score = relevance - (0.5 * similarity)
                    + (chosen.Exists(c => c.ArticleId == candidate.ArticleId) ? 0 : 0.15)
                    - (StartsWithDanglingReference(candidate.Text) ? 0.2 : 0);
                if (score > nextScore)
                {
                    next = candidate;
                    nextScore = score;
                }
            }

            if (next is null)
            {
                break;
            }

            chosen.Add(next);
            length += next.Text.Length + 1;
        }

        return CentralFirst(chosen, words);
    }

    /// <summary>Statements (see <see cref="SentenceRole"/>) in running text or list items, of a readable length.</summary>
    private static bool IsSummaryMaterial(SentenceHit hit, int minLength, int maxLength) =>
        IsStatement(hit) && hit.Text.Length >= minLength && hit.Text.Length <= maxLength;

    internal static bool IsStatement(SentenceHit hit) =>
        hit.Role == SentenceRole.Statement && hit.Kind is ParagraphKind.Body or ParagraphKind.ListItem;

    public static HashSet<string> ContentWords(string text) =>
        [.. WordTokens.Tokenize(text).Where(t => !WordTokens.IsStopWord(t))];

    /// <summary>Most content words shared: the same sentence, or nearly, perhaps with other names or figures.</summary>
    public static bool IsNearDuplicate(HashSet<string> a, HashSet<string> b) => Jaccard(a, b) > NearDuplicate;

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>"It", "This", "That"... at the start point back to a sentence the reader will not see.</summary>
    internal static bool StartsWithDanglingReference(string text)
    {
        var first = WordTokens.Tokenize(text).FirstOrDefault();
        return first is "it" or "this" or "that" or "these" or "those" or "they" or "he" or "she" or "so" or "but" or "and";
    }
}
