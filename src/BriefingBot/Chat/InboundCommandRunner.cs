using System.Collections.Concurrent;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Chat;

/// <summary>
/// Runs incoming commands for every platform, so no platform's receive loop ever waits on a command: each command
/// runs on its own task with a deadline (<see cref="InboundOptions.CommandTimeout"/>), at most
/// <see cref="InboundOptions.MaxConcurrentCommands"/> at once. A command that fails or runs out of time is answered
/// with a friendly reply and logged; a reply that cannot be delivered is logged. On shutdown, <see cref="DrainAsync"/>
/// lets the commands in flight finish and answer.
/// </summary>
public sealed partial class InboundCommandRunner(
    CommandDispatcher dispatcher, IOptions<InboundOptions> options, TimeProvider time, ILogger<InboundCommandRunner> logger) : ICommandRunner, IDisposable
{
    public const string TimedOutMessage = "Sorry, that took me too long to answer. Please try again in a moment.";
    public const string FailedMessage = "Sorry, something went wrong while answering that. Please try again in a moment.";

    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentCommands, options.Value.MaxConcurrentCommands);
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private readonly TimeSpan _timeout = options.Value.CommandTimeout;
    private long _nextId;

    /// <summary>How many commands are running now.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>
    /// Starts the command on its own task as soon as a slot is free, and returns once it has started (not when it
    /// has finished). <paramref name="respond"/> delivers the reply; it is given its own deadline of the same length.
    /// </summary>
    public async Task SubmitAsync(InboundCommand command, Func<Reply, CancellationToken, Task> respond, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var id = Interlocked.Increment(ref _nextId);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Task.Run(async () =>
        {
            await started.Task;
            try
            {
                Reply reply;
                try
                {
                    reply = await AnswerAsync(command);
                }
                finally
                {
                    // The slot bounds the work of answering; delivering may wait in a platform's pacing queue and must not hold it.
                    _slots.Release();
                }

                await DeliverAsync(command, reply, respond);
            }
            finally
            {
                _inFlight.TryRemove(id, out _);
            }
        }, CancellationToken.None);
        _inFlight[id] = run;
        started.SetResult();
    }

    /// <summary>Waits for the commands in flight to finish, or for <paramref name="cancellationToken"/>.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_inFlight.Values).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.DrainCutShort(logger, _inFlight.Count);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<Reply> AnswerAsync(InboundCommand command)
    {
        using var deadline = new CancellationTokenSource(_timeout, time);
        try
        {
            // WaitAsync as well as the token: a handler that ignores cancellation still cannot hold the user up.
            return await dispatcher.DispatchAsync(command, deadline.Token).WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Log.TimedOut(logger, command.Name, command.Conversation.Platform.ToString(), _timeout);
            return Reply.Problem(command.Name, TimedOutMessage);
        }
        catch (Exception ex)
        {
            Log.Failed(logger, ex, command.Name, command.Conversation.Platform.ToString());
            return Reply.Problem(command.Name, FailedMessage);
        }
    }

    private async Task DeliverAsync(InboundCommand command, Reply reply, Func<Reply, CancellationToken, Task> respond)
    {
        using var sending = new CancellationTokenSource(_timeout, time);
        try
        {
            await respond(reply, sending.Token);
        }
        catch (Exception ex)
        {
            Log.ReplyFailed(logger, ex, command.Name, command.Conversation.Platform.ToString());
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "Command {Command} from {Platform} took longer than {Timeout}; the user was asked to try again")]
        public static partial void TimedOut(ILogger logger, string command, string platform, TimeSpan timeout);

        [LoggerMessage(EventId = 51, Level = LogLevel.Error, Message = "Command {Command} from {Platform} failed")]
        public static partial void Failed(ILogger logger, Exception exception, string command, string platform);

        [LoggerMessage(EventId = 52, Level = LogLevel.Warning, Message = "The reply to {Command} could not be delivered to {Platform}")]
        public static partial void ReplyFailed(ILogger logger, Exception exception, string command, string platform);

        [LoggerMessage(EventId = 53, Level = LogLevel.Warning, Message = "Stopped waiting for {Count} commands still running at shutdown")]
        public static partial void DrainCutShort(ILogger logger, int count);
    }
}
