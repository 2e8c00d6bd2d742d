namespace BriefingBot.Testing.Discord;

/// <summary>New snowflakes as Discord makes them: milliseconds since 2015-01-01 shifted left 22 bits, plus a counter.</summary>
internal sealed class FakeSnowflakes(TimeProvider time)
{
    private const long DiscordEpochMilliseconds = 1420070400000;
    private long _counter;

    public ulong Next()
    {
        var milliseconds = Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMilliseconds);
        var increment = (ulong)(Interlocked.Increment(ref _counter) & 0x3FFFFF);
        return ((ulong)milliseconds << 22) | increment;
    }
}
