using BriefingBot.Core.Text.Roles;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// A search in structured form, never in a store's query syntax. Each clause is satisfied when any of its
/// phrases occurs; a sentence matches when at least <see cref="MinimumClauses"/> clauses are satisfied.
/// Phrases are lists of plain word tokens (letters and digits only), so user text cannot smuggle operators.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchClause> Clauses, int MinimumClauses)
{
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Only sentences whose role is <see cref="SentenceRole.Statement"/>, filtered before ranking and the limit.</summary>
    public bool StatementsOnly { get; init; }
}

/// <summary>One thing the user asked about: a single word, or every phrase of a topic.</summary>
public sealed record SearchClause(IReadOnlyList<IReadOnlyList<string>> Phrases, string? TopicId = null);

/// <summary>A sentence found by a search, with its paragraph for context and its relevance (higher is better).</summary>
public sealed record SentenceHit(
    long SentenceId,
    string ArticleId,
    int ParagraphIndex,
    int SentenceIndex,
    Content.ParagraphKind Kind,
    string Text,
    string ParagraphText,
    double Relevance)
{
    /// <summary>What the sentence does in its article; only statements make summaries and quotes.</summary>
    public SentenceRole Role { get; init; } = SentenceRole.Statement;
}
