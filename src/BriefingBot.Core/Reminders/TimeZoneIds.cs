using System.Collections.Frozen;
using NodaTime;
using NodaTime.TimeZones;

namespace BriefingBot.Core.Reminders;

/// <summary>
/// IANA time zone ids as the bundled tzdb knows them (NodaTime's <see cref="DateTimeZoneProviders.Tzdb"/>),
/// so "Europe/Berlin" means the same on every OS and container.
/// </summary>
public static class TimeZoneIds
{
    private static readonly FrozenDictionary<string, string> IdsIgnoringCase =
        DateTimeZoneProviders.Tzdb.Ids
            .GroupBy(id => id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Finds <paramref name="text"/> among the tzdb ids ignoring case and gives back the id as tzdb spells it:
    /// "europe/berlin" becomes "Europe/Berlin", "utc" becomes "UTC". Aliases such as "Asia/Calcutta" are kept as
    /// written; they resolve to the same rules as their canonical id.
    /// </summary>
    public static bool TryNormalize(string? text, out string timeZoneId)
    {
        timeZoneId = "";
        if (string.IsNullOrWhiteSpace(text) || !IdsIgnoringCase.TryGetValue(text.Trim(), out var id))
        {
            return false;
        }

        timeZoneId = id;
        return true;
    }

    /// <summary>The zone for an id (exact or differing only in case); throws <see cref="DateTimeZoneNotFoundException"/> otherwise.</summary>
    public static DateTimeZone Resolve(string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        return TryResolve(timeZoneId, out var zone)
            ? zone
            : throw new DateTimeZoneNotFoundException($"Unknown IANA time zone id '{timeZoneId}'.");
    }

    /// <summary>The zone for an id (exact or differing only in case), or false when tzdb does not know it.</summary>
    public static bool TryResolve(string? timeZoneId, out DateTimeZone zone)
    {
        zone = DateTimeZone.Utc;
        if (!TryNormalize(timeZoneId, out var id))
        {
            return false;
        }

        zone = DateTimeZoneProviders.Tzdb[id];
        return true;
    }
}
