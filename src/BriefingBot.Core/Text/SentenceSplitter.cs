using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text;

/// <summary>
/// Cuts a paragraph into sentences. Every sentence is a verbatim, trimmed substring of the paragraph and together they
/// cover it in order: nothing is rewritten, dropped or reordered.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);

        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            if (!IsTerminator(paragraph[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < paragraph.Length && IsTerminator(paragraph[runEnd]))
            {
                runEnd++;
            }

            var end = runEnd;
            while (end < paragraph.Length && TextChars.IsClosingQuoteOrBracket(paragraph[end]))
            {
                end++;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next > end && next < paragraph.Length && EndsSentence(paragraph, i, runEnd, next))
            {
                AddTrimmed(sentences, paragraph[start..end]);
                start = next;
            }

            i = end > i ? end : i + 1;
        }

        AddTrimmed(sentences, paragraph[start..]);
        return sentences;
    }

    /// <summary>The sentences of each paragraph, numbered within the paragraph and carrying its kind.</summary>
    public static IReadOnlyList<Sentence> Split(IEnumerable<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return paragraphs
            .SelectMany(p => Split(p.Text).Select((text, index) => new Sentence(p.Index, index, text, p.Kind)))
            .ToList();
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    /// <param name="text">The paragraph.</param>
    /// <param name="runStart">First character of the run of terminators ("." "?!" "..." "…").</param>
    /// <param name="runEnd">Just after that run.</param>
    /// <param name="next">First non-blank character after the run and any closing quotes.</param>
    private static bool EndsSentence(string text, int runStart, int runEnd, int next)
    {
        var nextWord = WordAt(text, next);
        if (nextWord.Length > 0 && char.IsLower(nextWord[0]))
        {
            return false;
        }

        var run = text[runStart..runEnd];
        if (run != ".")
        {
            return true; // "?", "!", "…", "..." before anything but a lowercase word
        }

        if (IsParenthesisedNumber(text, next))
        {
            return false;
        }

        var word = WordBefore(text, runStart);
        if (word.Length == 0)
        {
            return true;
        }

        if (Abbreviations.IsNeverFinal(word))
        {
            return false;
        }

        if (nextWord.Length > 0 && char.IsDigit(nextWord[0]) && Abbreviations.IsBeforeNumber(word))
        {
            return false;
        }

        return !Abbreviations.IsAmbiguous(word) || Abbreviations.IsSentenceOpener(nextWord);
    }

    /// <summary>The letters and inner periods just before <paramref name="index"/>: "U.S" in "the U.S.", "Kennedy" in "Kennedy.".</summary>
    private static string WordBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..index];
    }

    /// <summary>The word at <paramref name="index"/>, past any opening quotes or brackets.</summary>
    private static string WordAt(string text, int index)
    {
        while (index < text.Length && TextChars.IsOpeningQuoteOrBracket(text[index]))
        {
            index++;
        }

        var end = index;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[index..end];
    }

    /// <summary>"Kommersant. (2025)": a year or number in brackets after a period belongs to the same reference.</summary>
    private static bool IsParenthesisedNumber(string text, int index) =>
        index + 1 < text.Length && text[index] == '(' && char.IsDigit(text[index + 1]);

    private static void AddTrimmed(List<string> sentences, string piece)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
