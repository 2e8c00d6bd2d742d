using BriefingBot.Core.Briefing;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/quote &lt;topic&gt;: verbatim passages on a topic, one per article, each with its source.</summary>
public sealed class QuoteCommandHandler(BriefingEngine engine) : ICommandHandler
{
    public string Name => CommandCatalogue.Quote.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var asked = command.Options.Text("topic") ?? string.Empty;
        var briefing = await engine.BriefAsync(asked, cancellationToken);
        if (briefing.Quotes.Count == 0)
        {
            return BriefingReplies.NothingFound(Name, asked, briefing);
        }

        return new Reply
        {
            Command = Name,
            Heading = "Quotes on " + BriefingReplies.Subject(asked, briefing),
            Quotes = briefing.Quotes,
        };
    }
}
