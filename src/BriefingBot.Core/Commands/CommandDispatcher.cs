using BriefingBot.Core.Briefing;
using BriefingBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Sends each command to its handler. Unknown commands, overlong arguments and handler failures all come back
/// as a friendly reply: a user never sees an exception, and the failure is logged for the operator.
/// </summary>
public sealed partial class CommandDispatcher
{
    public const int MaxArgumentLength = 1000;

    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly ILogger<CommandDispatcher> _logger;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers, ILogger<CommandDispatcher> logger)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public IReadOnlyCollection<string> CommandNames => _handlers.Keys;

    public async Task<Reply> DispatchAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(command.Name, out var handler))
        {
            return UnknownCommand(command.Name);
        }

        if (command.Arguments.Length > MaxArgumentLength)
        {
            return Reply.Problem(command.Name, $"That is too long for me: please keep it under {MaxArgumentLength} characters.");
        }

        try
        {
            return await handler.HandleAsync(command, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(_logger, ex, command.Name, command.Conversation.Platform);
            return Reply.Problem(command.Name, "Sorry, something went wrong while answering that. Please try again in a moment.");
        }
    }

    private Reply UnknownCommand(string name)
    {
        var closest = _handlers.Keys
            .Select(k => (k, distance: TopicMatcher.Levenshtein(name.ToLowerInvariant(), k)))
            .Where(x => x.distance <= 2)
            .OrderBy(x => x.distance)
            .ThenBy(x => x.k, StringComparer.Ordinal)
            .Select(x => "/" + x.k)
            .Take(3)
            .ToArray();
        var message = $"I don't know the command /{Echo.Short(name, 32)}.";
        return Reply.Problem(name, closest.Length > 0 ? $"{message} Did you mean {string.Join(" or ", closest)}?" : $"{message} Send /help to see what I can do.", closest);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command {Command} from {Platform} failed")]
        public static partial void HandlerFailed(ILogger logger, Exception exception, string command, string platform);
    }
}
