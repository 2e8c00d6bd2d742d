using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Commands;

/// <summary>
/// A command as every platform hands it over: its name, its argument text, where it was asked, and when
/// (the adapter stamps <see cref="ReceivedAt"/> from its clock; the console can set it with <c>--as-of</c>), and whether
/// the sender may manage the conversation's reminders (chat admins on group platforms; always in the console).
/// </summary>
public sealed record ChatCommand(string Name, string Arguments, ConversationRef Conversation, DateTimeOffset ReceivedAt, bool SenderCanManage = true);

/// <summary>Runs one command. One class per command; the dispatcher picks it by <see cref="Name"/>.</summary>
public interface ICommandHandler
{
    string Name { get; }

    Task<Replies.Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken);
}
