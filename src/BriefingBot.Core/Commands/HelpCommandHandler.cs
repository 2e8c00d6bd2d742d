using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/help: every command in the catalogue with its usage.</summary>
public sealed class HelpCommandHandler : ICommandHandler
{
    public string Name => CommandCatalogue.Help.Name;

    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken) => Task.FromResult(new Reply
    {
        Command = Name,
        Heading = "I brief you on the news articles I know, with quotes and their sources.",
        Paragraphs = [.. CommandCatalogue.All.Select(c => (ReplyText)$"{c.Usage}: {c.Description}{(c.AdminOnly ? " (chat admins)" : "")}")],
    });
}
