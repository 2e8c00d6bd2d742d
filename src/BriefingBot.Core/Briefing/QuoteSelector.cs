using BriefingBot.Core.Content;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefing;

/// <summary>A quote picked for a briefing: the sentence that earned it and the verbatim passage shown.</summary>
public sealed record SelectedQuote(SentenceHit Hit, string Passage);

/// <summary>
/// Picks up to three verbatim passages, one per article, favouring sentences that carry facts (dates, figures).
/// A short sentence is widened with its neighbours in the same paragraph, so a quote reads on its own;
/// the passage is always a contiguous slice of the article's text.
/// </summary>
public static class QuoteSelector
{
    public const int MaxQuotes = 3;
    private const int ShortSentence = 90;
    private const int MaxPassage = 320;

    public static IReadOnlyList<SelectedQuote> Select(IReadOnlyList<SentenceHit> ranked, IReadOnlyList<SentenceHit> summary)
    {
        var byArticle = ranked
            .Where(h => h.Kind is ParagraphKind.Body or ParagraphKind.ListItem && h.Text.Length >= 30 && SummaryComposer.IsStatement(h.Text))
            .Select(h => (Hit: h, Score: Score(h, summary)))
            .OrderByDescending(x => x.Score)
            .GroupBy(x => x.Hit.ArticleId)
            .Select(g => g.First())
            .OrderByDescending(x => x.Score)
            .Take(MaxQuotes);

        return [.. byArticle.Select(x => new SelectedQuote(x.Hit, Passage(x.Hit)))];
    }

    private static double Score(SentenceHit hit, IReadOnlyList<SentenceHit> summary)
    {
        var score = hit.Relevance;
        if (hit.Text.Any(char.IsDigit))
        {
            score *= 1.3;
        }

        if (summary.Any(s => s.SentenceId == hit.SentenceId))
        {
            score *= 0.95;
        }

        return score;
    }

    /// <summary>The sentence, widened with the following (then preceding) sentences of its paragraph while short.</summary>
    internal static string Passage(SentenceHit hit)
    {
        var paragraph = hit.ParagraphText;
        var sentences = SentenceSplitter.Split(paragraph);
        var index = IndexOf(sentences, hit.Text);
        if (index < 0 || hit.Text.Length >= ShortSentence)
        {
            return hit.Text;
        }

        var first = index;
        var last = index;
        while (Span(paragraph, sentences, first, last).Length < ShortSentence)
        {
            if (last + 1 < sentences.Count && Span(paragraph, sentences, first, last + 1).Length <= MaxPassage)
            {
                last++;
            }
            else if (first > 0 && Span(paragraph, sentences, first - 1, last).Length <= MaxPassage)
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
}
