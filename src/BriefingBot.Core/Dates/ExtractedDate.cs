namespace BriefingBot.Core.Dates;

/// <summary>
/// A date found in a sentence. <see cref="Expression"/> is the verbatim text that names the date, without the
/// preposition or punctuation that introduced it ("January 14, 2026" in "on January 14, 2026", "2016" in "since 2016",
/// but "early 2026" and "last week" whole); <see cref="Index"/> is where it starts in the sentence.
/// <see cref="IsRelative"/> is true for deictic expressions whose meaning depends on when the text was written
/// ("last week", "today", "this January", "a few days ago"); a day or month written without its year ("February 4")
/// borrows its year from the publication date but is not relative.
/// </summary>
public sealed record ExtractedDate(DateSpan When, string Expression, int Index, bool IsRelative);
