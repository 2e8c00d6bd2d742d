namespace BriefingBot.Core.Text;

/// <summary>What the sentence splitter knows about words that end in a period without ending a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and Latin shorthands that are always followed by more of the same sentence ("Sen. Graham", "e.g. Iran").</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "sen", "rep", "gen", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "prof", "rev", "hon", "pres", "supt", "e.g", "i.e", "vs", "cf", "viz", "approx", "ca",
    };

    /// <summary>Abbreviations that stay in the sentence when a number follows ("Jan. 14", "No. 5", "p. 12").</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "p", "pp", "fig", "art", "sec", "ch",
    };

    /// <summary>Abbreviations that can close a sentence, but only do so when a typical sentence opener follows ("in D.C. He ...").</summary>
    private static readonly HashSet<string> SometimesFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "jr", "sr", "inc", "ltd", "corp", "co", "bros", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Words that typically open a sentence; after an ambiguous abbreviation they signal that the sentence ended.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "These", "Those", "There", "Then", "But",
        "And", "So", "Yet", "However", "If", "When", "While", "As", "A", "An", "Its", "His", "Her", "Their", "Our",
        "My", "Your", "Now", "Still", "Meanwhile", "What", "Why", "How", "Who", "Where", "Also", "After", "Before",
        "Many", "Most", "Some", "Both", "Each", "Even", "Since", "Although", "Though", "Because", "Instead", "Today",
        "Here", "In", "On", "At", "For", "Or", "Nor", "Such", "Not", "Just", "Later", "Earlier", "Yes", "No",
    };

    public static bool IsNeverFinal(string word) => NeverFinal.Contains(word);

    public static bool IsBeforeNumber(string word) => BeforeNumber.Contains(word);

    /// <summary>Dotted acronyms ("U.S", "D.C", "a.m"), single capital initials ("F") and the sometimes-final list.</summary>
    public static bool IsAmbiguous(string word) =>
        SometimesFinal.Contains(word)
        || (word.Length == 1 && char.IsUpper(word[0]))
        || (word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length == 1));

    public static bool IsSentenceOpener(string word) => SentenceOpeners.Contains(word);
}
