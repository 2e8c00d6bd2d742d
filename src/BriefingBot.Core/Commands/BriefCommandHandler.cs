using BriefingBot.Core.Briefing;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/brief &lt;topic&gt;: a 2-4 sentence summary from the articles plus up to three attributed quotes.</summary>
public sealed class BriefCommandHandler(BriefingEngine engine) : ICommandHandler
{
    public string Name => CommandCatalogue.Brief.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Length == 0)
        {
            return BriefingReplies.MissingTopic(Name, CommandCatalogue.Brief.Usage);
        }

        var briefing = await engine.BriefAsync(command.Arguments, cancellationToken);
        if (!briefing.Found)
        {
            return BriefingReplies.NothingFound(Name, command.Arguments, briefing);
        }

        var articles = briefing.ArticleCount == 1 ? "1 article" : $"{briefing.ArticleCount} articles";
        return new Reply
        {
            Command = Name,
            Heading = $"{BriefingReplies.Subject(command.Arguments, briefing)}: from {articles}",
            Summary = briefing.Summary,
            Quotes = briefing.Quotes,
        };
    }
}
