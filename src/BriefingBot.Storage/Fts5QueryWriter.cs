using BriefingBot.Core.Briefing;

namespace BriefingBot.Storage;

/// <summary>
/// Writes a <see cref="SearchQuery"/> in FTS5 syntax. Every phrase is a double-quoted string (inner quotes doubled),
/// so words like AND, NEAR or a stray * are searched as words, never read as operators. "At least k of n clauses"
/// becomes an OR of every k-clause AND group; queries keep n small (at most six words), so this stays short.
/// </summary>
internal static class Fts5QueryWriter
{
    public static string Write(SearchQuery query)
    {
        var clauses = query.Clauses.Select(WriteClause).Where(c => c.Length > 0).ToArray();
        if (clauses.Length == 0)
        {
            throw new ArgumentException("The query has no searchable words.", nameof(query));
        }

        var required = Math.Clamp(query.MinimumClauses, 1, clauses.Length);
        if (required == 1)
        {
            return string.Join(" OR ", clauses);
        }

        if (required == clauses.Length)
        {
            return string.Join(" AND ", clauses);
        }

        return string.Join(" OR ", Combinations.Of(clauses.Length, required).Select(group => "(" + string.Join(" AND ", group.Select(i => clauses[i])) + ")"));
    }

    private static string WriteClause(SearchClause clause)
    {
        var phrases = clause.Phrases
            .Where(p => p.Count > 0)
            .Select(p => "\"" + string.Join(' ', p).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return phrases.Length switch
        {
            0 => string.Empty,
            1 => phrases[0],
            _ => "(" + string.Join(" OR ", phrases) + ")",
        };
    }
}
