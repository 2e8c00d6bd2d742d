namespace BriefingBot.Core.Health;

/// <summary>
/// Where the long-running parts of the bot (the reminder scheduler, each platform's connection) say how they are.
/// The host writes what they said, with when, to a heartbeat file that <c>BriefingBot health</c> reads.
/// </summary>
public interface IHealthReporter
{
    /// <param name="component">A stable name: "scheduler", "telegram", "discord".</param>
    /// <param name="healthy">False while the component cannot do its job (a refused token, an unreachable API).</param>
    /// <param name="state">A few words for an operator: "polling", "reconnecting after a network error", "stopped: token refused".</param>
    void Report(string component, bool healthy, string state);
}
