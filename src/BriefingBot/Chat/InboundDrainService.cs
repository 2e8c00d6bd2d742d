namespace BriefingBot.Host.Chat;

/// <summary>
/// On shutdown, after the platforms have stopped taking commands, lets the commands in flight finish and answer
/// (within the host's shutdown timeout) before the process exits.
/// </summary>
public sealed class InboundDrainService(InboundCommandRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => runner.DrainAsync(cancellationToken);
}
