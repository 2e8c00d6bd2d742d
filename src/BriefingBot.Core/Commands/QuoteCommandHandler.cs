using BriefingBot.Core.Briefing;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/quote &lt;topic&gt;: verbatim passages on a topic, one per article, each with its source.</summary>
public sealed class QuoteCommandHandler(BriefingEngine engine) : ICommandHandler
{
    public string Name => CommandCatalogue.Quote.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Length == 0)
        {
            return BriefingReplies.MissingTopic(Name, CommandCatalogue.Quote.Usage);
        }

        var briefing = await engine.BriefAsync(command.Arguments, cancellationToken);
        if (briefing.Quotes.Count == 0)
        {
            return BriefingReplies.NothingFound(Name, command.Arguments, briefing);
        }

        return new Reply
        {
            Command = Name,
            Heading = $"Quotes on {BriefingReplies.Subject(command.Arguments, briefing)}",
            Quotes = briefing.Quotes,
        };
    }
}
