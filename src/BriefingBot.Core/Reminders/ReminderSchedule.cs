using NodaTime;
using NodaTime.TimeZones;

namespace BriefingBot.Core.Reminders;

/// <summary>
/// When a reminder falls due: at the item's day, at the subscription's local time, minus the lead time.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>
    /// The instant (with a UTC offset) at which the reminder for an item on <paramref name="itemDay"/> falls due.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>The whole days of <paramref name="leadTime"/> are subtracted in the local calendar, so a 7-day
    /// reminder arrives at 09:00 local time even when a daylight-saving change lies between it and the item.</item>
    /// <item>The sub-day part (the 12h of 12h, or of 1d12h) is then subtracted from the resulting instant,
    /// so "12h before 09:00" is exactly twelve elapsed hours earlier, whatever the clocks did meanwhile.</item>
    /// <item>A local time that does not exist (in the spring-forward gap) is moved forward by the length of the
    /// gap: 02:30 on a day when clocks jump from 02:00 to 03:00 becomes 03:30.</item>
    /// <item>A local time that occurs twice (in the fall-back overlap) takes the earlier of the two instants,
    /// the one still on daylight time.</item>
    /// </list>
    /// </remarks>
    /// <param name="itemDay">The day the dated item is on.</param>
    /// <param name="leadTime">How long before; zero for "on the day". Must not be negative.</param>
    /// <param name="timeZoneId">An IANA id known to tzdb, such as "Europe/Berlin" or "UTC" (case is ignored).</param>
    /// <param name="localTime">The subscription's local time of day, such as 09:00.</param>
    /// <exception cref="ArgumentOutOfRangeException">The lead time is negative.</exception>
    /// <exception cref="DateTimeZoneNotFoundException">The time zone id is unknown.</exception>
    public static DateTimeOffset DueAt(DateOnly itemDay, TimeSpan leadTime, string timeZoneId, TimeOnly localTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadTime, TimeSpan.Zero);
        var zone = TimeZoneIds.Resolve(timeZoneId);
        return DueInstant(LocalDate.FromDateOnly(itemDay), LeadParts.Of(leadTime), zone, LocalTime.FromTimeOnly(localTime))
            .ToDateTimeOffset();
    }

    /// <summary>The same rule on pre-resolved NodaTime values; the planner calls this in its inner loops.</summary>
    internal static Instant DueInstant(LocalDate itemDay, LeadParts lead, DateTimeZone zone, LocalTime localTime)
    {
        var localDay = itemDay.PlusDays(-lead.WholeDays);
        var zoned = zone.ResolveLocal(localDay + localTime, Resolvers.LenientResolver);
        return zoned.ToInstant() - lead.Remainder;
    }

    /// <summary>A lead time split into whole days (calendar arithmetic) and the rest (elapsed time).</summary>
    internal readonly record struct LeadParts(TimeSpan LeadTime, int WholeDays, Duration Remainder)
    {
        public static LeadParts Of(TimeSpan leadTime)
        {
            var wholeDays = leadTime.Days;
            return new(leadTime, wholeDays, Duration.FromTimeSpan(leadTime - TimeSpan.FromDays(wholeDays)));
        }
    }
}
