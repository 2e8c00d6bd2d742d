using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// Picks 2-4 corpus sentences for a summary: relevant first, then varied (maximal marginal relevance),
/// preferring sentences from articles not yet used so that agreeing sources all show. Near-duplicates
/// (most words shared) are never both picked. The total stays within <see cref="MaxCharacters"/>.
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

        return chosen;
    }

    /// <summary>
    /// Running text or list items of a readable length that state something: not a question, not a lead-in that
    /// ends in a colon ("Lavrov noted:"), not a bracketed fragment such as a reference-list note.
    /// </summary>
    private static bool IsSummaryMaterial(SentenceHit hit, int minLength, int maxLength) =>
        hit.Kind is ParagraphKind.Body or ParagraphKind.ListItem
        && hit.Text.Length >= minLength && hit.Text.Length <= maxLength
        && IsStatement(hit.Text);

    internal static bool IsStatement(string text)
    {
        var end = text.TrimEnd('"', '\u201D', '\u2019', ')', ' ');
        return !end.EndsWith('?') && !end.EndsWith(':') && !text.StartsWith('[');
    }

    public static HashSet<string> ContentWords(string text) =>
        [.. WordTokens.Tokenize(text).Where(t => !WordTokens.IsStopWord(t))];

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
    private static bool StartsWithDanglingReference(string text)
    {
        var first = WordTokens.Tokenize(text).FirstOrDefault();
        return first is "it" or "this" or "that" or "these" or "those" or "they" or "he" or "she" or "so" or "but" or "and";
    }
}
