using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Chat;

/// <summary>
/// The inbound port: where a platform adapter hands each command it receives. The host's runner answers it on its own
/// task, with a deadline and a bounded number at once, so an adapter's receive loop never waits on a command.
/// </summary>
public interface ICommandRunner
{
    /// <summary>Starts the command once a slot is free and returns; <paramref name="respond"/> delivers its reply.</summary>
    Task SubmitAsync(InboundCommand command, Func<Reply, CancellationToken, Task> respond, CancellationToken cancellationToken);
}
