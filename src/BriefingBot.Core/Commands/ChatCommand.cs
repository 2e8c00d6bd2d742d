using BriefingBot.Core.Chat;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// A command as it arrives from a platform, before its options are read: the name, what was typed (chat text or
/// the platform's typed options), where, by whom (with the role the adapter decided), and when (the adapter stamps
/// <see cref="ReceivedAt"/> from its clock; the console can set it with <c>--as-of</c>).
/// The <see cref="CommandDispatcher"/> turns it into a <see cref="ChatCommand"/> with one set of rules for every platform.
/// </summary>
public sealed record InboundCommand
{
    public InboundCommand(string name, CommandInput input, ConversationRef conversation, ChatSender sender, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sender);
        Name = name;
        Input = input;
        Conversation = conversation;
        Sender = sender;
        ReceivedAt = receivedAt;
    }

    public string Name { get; }

    public CommandInput Input { get; }

    public ConversationRef Conversation { get; }

    public ChatSender Sender { get; }

    public DateTimeOffset ReceivedAt { get; }
}

/// <summary>What the user gave a command: chat text to be read by the command's layout, or options by name.</summary>
public sealed record CommandInput
{
    private CommandInput(string? text, IReadOnlyDictionary<string, string>? options)
    {
        Text = text;
        Options = options;
    }

    /// <summary>The text after the command name (console, Telegram).</summary>
    public string? Text { get; }

    /// <summary>Option values by name, as the platform delivered them in invariant text (Discord).</summary>
    public IReadOnlyDictionary<string, string>? Options { get; }

    public static CommandInput FromText(string text) => new(text ?? string.Empty, null);

    public static CommandInput FromOptions(IReadOnlyDictionary<string, string> options) =>
        new(null, new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase));
}

/// <summary>
/// A command ready for its handler: options read and checked against the catalogue, the sender's role known.
/// Built only by <see cref="CommandDispatcher"/> (and tests) from an <see cref="InboundCommand"/>.
/// </summary>
public sealed record ChatCommand
{
    public ChatCommand(string name, CommandOptions options, ConversationRef conversation, ChatSender sender, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sender);
        Name = name;
        Options = options;
        Conversation = conversation;
        Sender = sender;
        ReceivedAt = receivedAt;
    }

    public string Name { get; }

    public CommandOptions Options { get; }

    public ConversationRef Conversation { get; }

    public ChatSender Sender { get; }

    public DateTimeOffset ReceivedAt { get; }
}

/// <summary>Runs one command. One class per command; the dispatcher picks it by <see cref="Name"/>.</summary>
public interface ICommandHandler
{
    string Name { get; }

    Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken);
}
