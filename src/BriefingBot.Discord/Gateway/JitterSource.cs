namespace BriefingBot.Discord.Gateway;

/// <summary>Random fractions in [0, 1) from an injected <see cref="Random"/>, safe to share between the client's tasks.</summary>
internal sealed class JitterSource(Random random)
{
    private readonly Lock _lock = new();

    public double NextFraction()
    {
        lock (_lock)
        {
            var value = random.NextDouble();
            return value is >= 0 and < 1 ? value : 0;
        }
    }
}
