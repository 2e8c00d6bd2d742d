using BriefingBot.Core.Content;
using System.Text.RegularExpressions;
using BriefingBot.Core.Text;
using BriefingBot.Core.Text.Roles;

namespace BriefingBot.Core.Briefing;

/// <summary>A quote picked for a briefing: the sentence that earned it and the verbatim passage shown.</summary>
public sealed record SelectedQuote(SentenceHit Hit, string Passage);

/// <summary>
/// Picks up to three verbatim passages that add to the summary, one per article: never a sentence the summary
/// already shows, nor a near-copy of one (or of another quote); favouring statements that bring what it lacks (words
/// it does not use, figures and dates, who said what). A short sentence, or one that opens on "It" or "This", is widened with its neighbours in the same
/// paragraph, so a quote reads on its own; the passage is always a contiguous slice of the article's text.
/// </summary>
public static partial class QuoteSelector
{
    public const int MaxQuotes = 3;
    private const int ShortSentence = 90;
    private const int MaxPassage = 320;

    public static IReadOnlyList<SelectedQuote> Select(IReadOnlyList<SentenceHit> ranked, IReadOnlyList<SentenceHit> summary)
    {
        var shown = summary.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        var summaryWords = summary.SelectMany(s => SummaryComposer.ContentWords(s.Text)).ToHashSet(StringComparer.Ordinal);
        var summaryFigures = summary.SelectMany(s => Figures(s.Text)).ToHashSet(StringComparer.Ordinal);
        var pool = ranked.Where(h => SummaryComposer.IsStatement(h) && h.Text.Length >= 30 && !shown.Contains(h.Text)).ToArray();
        if (pool.Length == 0 && summary.Count == 0)
        {
            // Only list entries mention it ("step-free access and level boarding at every stop"): quote those, verbatim.
            pool = [.. ranked.Where(h => h is { Role: SentenceRole.ListFragment, Kind: ParagraphKind.ListItem } && h.Text.Length >= 20)];
        }

        // Best first, one per article, and never a near-copy of a summary sentence or of a quote already taken: the
        // same sentence with other names or figures says nothing new (the summary's own test of a near-duplicate).
        var taken = summary.Select(s => SummaryComposer.ContentWords(s.Text)).ToList();
        var chosen = new List<SentenceHit>();
        var candidates = pool
            .Select(h => (Hit: h, Words: SummaryComposer.ContentWords(h.Text)))
            .OrderByDescending(c => Score(c.Hit, c.Words, summaryWords, summaryFigures));
        foreach (var (hit, words) in candidates)
        {
            if (chosen.Count == MaxQuotes)
            {
                break;
            }

            if (chosen.Exists(c => c.ArticleId == hit.ArticleId) || taken.Exists(t => SummaryComposer.IsNearDuplicate(t, words)))
            {
                continue;
            }

            chosen.Add(hit);
            taken.Add(words);
        }

        return [.. chosen.Select(hit => new SelectedQuote(hit, Passage(hit, shown)))];
    }

    /// <summary>Relevance, raised by what the summary does not already say.</summary>
    private static double Score(SentenceHit hit, HashSet<string> words, HashSet<string> summaryWords, HashSet<string> summaryFigures)
    {
        var novelty = words.Count == 0 ? 0 : (double)words.Count(w => !summaryWords.Contains(w)) / words.Count;
        var score = hit.Relevance * (0.6 + (0.4 * novelty));
        if (Figures(hit.Text).Any(f => !summaryFigures.Contains(f)))
        {
            score *= 1.3;
        }

        if (Attribution().IsMatch(hit.Text))
        {
            score *= 1.15;
        }

        return score;
    }

    private static IEnumerable<string> Figures(string text) => Figure().Matches(text).Select(m => m.Value);

    /// <summary>
    /// The sentence, with the one before it when it opens on a reference back ("It", "This", "But"), then widened with
    /// the following (then preceding) sentences of its paragraph while short; never taking in a sentence the summary
    /// shows (<paramref name="shown"/>).
    /// </summary>
    internal static string Passage(SentenceHit hit, IReadOnlySet<string>? shown = null)
    {
        var paragraph = hit.ParagraphText;
        var sentences = SentenceSplitter.Split(paragraph);
        var index = IndexOf(sentences, hit.Text);
        if (index < 0)
        {
            return hit.Text;
        }

        bool Free(int i) => shown is null || !shown.Contains(sentences[i]);
        var first = index;
        var last = index;
        if (SummaryComposer.StartsWithDanglingReference(hit.Text) && first > 0 && Free(first - 1)
            && Span(paragraph, sentences, first - 1, last).Length <= MaxPassage)
        {
            first--;
        }

        while (Span(paragraph, sentences, first, last).Length < ShortSentence)
        {
            if (last + 1 < sentences.Count && Free(last + 1) && Span(paragraph, sentences, first, last + 1).Length <= MaxPassage)
            {
                last++;
            }
            else if (first > 0 && Free(first - 1) && Span(paragraph, sentences, first - 1, last).Length <= MaxPassage)
            {
                first--;
            }
            else
            {
                break;
            }
        }

        return Span(paragraph, sentences, first, last);
    }

    private static int IndexOf(IReadOnlyList<string> sentences, string text)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (string.Equals(sentences[i], text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Span(string paragraph, IReadOnlyList<string> sentences, int first, int last)
    {
        var start = StartOf(paragraph, sentences, first);
        var end = StartOf(paragraph, sentences, last) + sentences[last].Length;
        return paragraph[start..end];
    }

    private static int StartOf(string paragraph, IReadOnlyList<string> sentences, int index)
    {
        var position = 0;
        for (var i = 0; i <= index; i++)
        {
            position = paragraph.IndexOf(sentences[i], position, StringComparison.Ordinal);
            if (i < index)
            {
                position += sentences[i].Length;
            }
        }

        return position;
    }

    /// <summary>Numbers, with what makes them figures: "$35", "20%", "2026", "800 billion".</summary>
    [GeneratedRegex(@"[$€£]?\d[\d,.]*(?:%|\s*(?:billion|million|percent))?")]
    private static partial Regex Figure();

    /// <summary>Who said what: "told Reuters", "according to", "said", "warned".</summary>
    [GeneratedRegex(@"\b(?:said|says|told|according to|warned|argued|claimed|stated|announced|noted|confirmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();
}
