namespace BriefingBot.Core.Text.Roles;

/// <summary>
/// What a sentence does in its article, decided at ingest from its form and place. Only statements make
/// summaries, quotes and dated items; every role stays searchable, so the others still give context.
/// </summary>
public enum SentenceRole
{
    /// <summary>A statement of fact or opinion in running text or a list: "The treaty expires on February 4, 2026."</summary>
    Statement,

    /// <summary>Ends in a question mark: "Is that siding with Russia?"</summary>
    Question,

    /// <summary>A section heading or a title line.</summary>
    Heading,

    /// <summary>A piece of a list or table with no statement of its own: "Cybersecurity", "Formally.", "You've got:".</summary>
    ListFragment,

    /// <summary>A reference-list entry or the title of a cited work: "BBC. (2024).", "“Putin’s View on NATO and Trump”".</summary>
    Citation,

    /// <summary>Advice or a line about the article, addressed to the reader: "Read the transcripts.", "your next step...".</summary>
    Advice,

    /// <summary>Scene-setting or rhetoric with nothing to report: "It feels upside down.", "It is early 2026, and..."</summary>
    Filler,
}
