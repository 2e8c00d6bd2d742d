namespace BriefingBot.Discord.Gateway;

/// <summary>The <c>d</c> of Hello (op 10).</summary>
internal sealed class HelloData
{
    /// <summary>Milliseconds.</summary>
    public double HeartbeatInterval { get; init; }
}
