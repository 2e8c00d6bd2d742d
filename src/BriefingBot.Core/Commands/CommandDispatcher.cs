using BriefingBot.Core.Replies;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Sends each command to its handler, after reading its options with the catalogue's rules and checking the
/// sender's role. Unknown commands, bad or overlong options, a member trying an admin command, and handler
/// failures all come back as a friendly reply: a user never sees an exception, and failures are logged.
/// </summary>
public sealed partial class CommandDispatcher
{
    /// <summary>The longest text a command takes.</summary>
    public const int MaxArgumentLength = CommandOptionDefinition.MaxTextLength;

    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly ILogger<CommandDispatcher> _logger;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers, ILogger<CommandDispatcher> logger)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public IReadOnlyCollection<string> CommandNames => _handlers.Keys;

    public async Task<Reply> DispatchAsync(InboundCommand inbound, CancellationToken cancellationToken)
    {
        var name = inbound.Name.ToLowerInvariant();
        if (!_handlers.TryGetValue(name, out var handler))
        {
            return UnknownCommand(name);
        }

        if (inbound.Input.Text is { Length: > MaxArgumentLength })
        {
            return Reply.Problem(name, $"That is too long for me: please keep it under {MaxArgumentLength} characters.");
        }

        var definition = CommandCatalogue.Find(name);
        var options = CommandOptions.None;
        if (definition is not null)
        {
            if (definition.AdminOnly && !inbound.Sender.IsAdmin)
            {
                return Reply.Problem(name, "Only the chat's admins can change its reminders. Ask one of them, or send /subscriptions to see what this chat gets.");
            }

            if (!CommandOptionBinder.TryBind(definition, inbound.Input, out var bound, out var problem))
            {
                return Reply.Problem(name, problem);
            }

            options = bound;
        }

        try
        {
            return await handler.HandleAsync(new ChatCommand(name, options, inbound.Conversation, inbound.Sender, inbound.ReceivedAt), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(_logger, ex, name, inbound.Conversation.Platform.ToString());
            return Reply.Problem(name, "Sorry, something went wrong while answering that. Please try again in a moment.");
        }
    }

    private Reply UnknownCommand(string name)
    {
        var closest = _handlers.Keys
            .Select(k => (k, distance: TopicMatcher.Levenshtein(name, k)))
            .Where(x => x.distance <= 2)
            .OrderBy(x => x.distance)
            .ThenBy(x => x.k, StringComparer.Ordinal)
            .Select(x => x.k)
            .Take(3)
            .ToArray();
        var suggestions = closest
            .Select(CommandCatalogue.Find)
            .OfType<CommandDefinition>()
            .Select(c => new Suggestion(SuggestionKind.Command, "/" + c.Name, CommandInvocations.Of(c)))
            .ToArray();
        var message = ReplyText.Of($"I don't know the command /{Echo.Short(name, 32)}.");
        return Reply.Problem(
            name,
            closest.Length > 0
                ? message + $" Did you mean {string.Join(" or ", closest.Select(k => "/" + k))}?"
                : message + " Send /help to see what I can do.",
            suggestions);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command {Command} from {Platform} failed")]
        public static partial void HandlerFailed(ILogger logger, Exception exception, string command, string platform);
    }
}
