namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Exponential back-off with jitter: the n-th consecutive failure waits min × 2^(n-1), capped at max, scaled by a
/// random factor in [0.75, 1.25) and capped at max again.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, JitterSource jitter)
{
    public TimeSpan DelayAfter(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min(max.Ticks, min.Ticks * Math.Pow(2, exponent));
        var jittered = ticks * (0.75 + (0.5 * jitter.NextFraction()));
        return TimeSpan.FromTicks((long)Math.Min(max.Ticks, jittered));
    }
}
