using System.Collections.Concurrent;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefing;

/// <summary>
/// Briefings already composed, by normalised question, for one corpus version at a time: a new version (an ingest
/// changed something) empties it. Bounded: when full, it is emptied rather than tracking recency, which keeps a hit
/// to one dictionary read; the questions people repeat come back at once.
/// </summary>
internal sealed class BriefingCache
{
    public const int Capacity = 1_000;

    private State _state = new(-1, new ConcurrentDictionary<string, Briefing>(StringComparer.Ordinal));

    /// <summary>
    /// Words as the analyser sees them: case folded, except acronyms written in capitals, which mean something else
    /// in lower case ("US" and "us"); punctuation and spacing dropped.
    /// </summary>
    public static string KeyOf(string text) =>
        string.Join(' ', WordTokens.TokenizeKeepingCase(text).Select(t => t.Any(char.IsLower) ? t.ToLowerInvariant() : t));

    public bool TryGet(string key, long version, out Briefing briefing)
    {
        var state = Volatile.Read(ref _state);
        briefing = null!;
        return state.Version == version && state.Entries.TryGetValue(key, out briefing!);
    }

    public void Set(string key, long version, Briefing briefing)
    {
        var state = Volatile.Read(ref _state);
        if (version < state.Version)
        {
            // Composed from an older corpus by a slow request: not worth keeping, and not worth evicting the newer entries.
            return;
        }

        if (state.Version != version || state.Entries.Count >= Capacity)
        {
            state = new State(version, new ConcurrentDictionary<string, Briefing>(StringComparer.Ordinal));
            Volatile.Write(ref _state, state);
        }

        state.Entries[key] = briefing;
    }

    private sealed record State(long Version, ConcurrentDictionary<string, Briefing> Entries);
}
