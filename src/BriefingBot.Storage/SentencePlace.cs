namespace BriefingBot.Storage;

/// <summary>
/// Where each of a paragraph's sentences stands in it, in characters as SQLite's <c>substr</c> counts them (code
/// points, so a character outside the Basic Multilingual Plane counts once, not as its two UTF-16 halves). The store
/// reads a sentence's text from its paragraph by these (see migration 6). Sentences are asked for in order: each is
/// a verbatim substring of the paragraph found after the one before it.
/// </summary>
internal struct SentencePlace(string paragraph)
{
    private int _searchFrom;
    private int _countedTo;
    private int _characters;

    public (int Start, int Length) Next(string sentence)
    {
        var at = paragraph.IndexOf(sentence, _searchFrom, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("A sentence is not a substring of its paragraph after the sentence before it.");
        }

        _characters += Characters(paragraph.AsSpan(_countedTo, at - _countedTo));
        var start = _characters;
        var length = Characters(sentence);
        _characters += length;
        _countedTo = _searchFrom = at + sentence.Length;
        return (start, length);
    }

    private static int Characters(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i - 1], text[i]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
