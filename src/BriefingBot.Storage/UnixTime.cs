namespace BriefingBot.Storage;

/// <summary>Instants are stored as Unix milliseconds (UTC), so they sort and compare as integers.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
