using System.Globalization;

namespace BriefingBot.Core.Reminders;

/// <summary>Writes lead times the way people type them ("7d", "12h", "0d") and the way people read them ("7 days before").</summary>
public static class LeadTimeFormatter
{
    /// <summary>
    /// The short form the subscription arguments accept back: whole days as "7d" (zero as "0d"),
    /// whole hours as "12h", anything finer as minutes ("90m", shown only; the parser takes d, w and h).
    /// </summary>
    public static string Format(TimeSpan leadTime)
    {
        var sign = leadTime < TimeSpan.Zero ? "-" : "";
        var magnitude = leadTime.Duration();
        return sign + (magnitude.Ticks % TimeSpan.TicksPerDay == 0
            ? Invariant($"{magnitude.Ticks / TimeSpan.TicksPerDay}d")
            : magnitude.Ticks % TimeSpan.TicksPerHour == 0
                ? Invariant($"{magnitude.Ticks / TimeSpan.TicksPerHour}h")
                : Invariant($"{(long)Math.Round(magnitude.TotalMinutes)}m"));
    }

    /// <summary>Several lead times in the short form, comma-separated: "7d,1d,0d".</summary>
    public static string FormatList(IEnumerable<TimeSpan> leadTimes) => string.Join(',', leadTimes.Select(Format));

    /// <summary>A reader's form: "on the day", "1 day before", "7 days before", "12 hours before", "90 minutes before".</summary>
    public static string Describe(TimeSpan leadTime)
    {
        if (leadTime == TimeSpan.Zero)
        {
            return "on the day";
        }

        var magnitude = leadTime.Duration();
        var suffix = leadTime < TimeSpan.Zero ? " after" : " before";
        if (magnitude.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return Count(magnitude.Ticks / TimeSpan.TicksPerDay, "day") + suffix;
        }

        return magnitude.Ticks % TimeSpan.TicksPerHour == 0
            ? Count(magnitude.Ticks / TimeSpan.TicksPerHour, "hour") + suffix
            : Count((long)Math.Round(magnitude.TotalMinutes), "minute") + suffix;
    }

    private static string Count(long count, string unit) =>
        Invariant($"{count} {unit}{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
