namespace BriefingBot.Discord.Tests.Support;

/// <summary>A <see cref="Random"/> whose fractions are fixed, so jitter is known in advance.</summary>
public sealed class FixedRandom(double fraction) : Random
{
    public override double NextDouble() => fraction;

    protected override double Sample() => fraction;
}
