using BriefingBot.Core.Briefing;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/brief &lt;topic&gt;: a 2-4 sentence summary from the articles plus up to three attributed quotes.</summary>
public sealed class BriefCommandHandler(BriefingEngine engine) : ICommandHandler
{
    public string Name => CommandCatalogue.Brief.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var asked = command.Options.Text("topic") ?? string.Empty;
        var briefing = await engine.BriefAsync(asked, cancellationToken);
        if (!briefing.Found)
        {
            return BriefingReplies.NothingFound(Name, asked, briefing);
        }

        var articles = briefing.ArticleCount == 1 ? "1 article" : $"{briefing.ArticleCount} articles";
        var heading = briefing.Terms.Count == 0 && briefing.Topics.Count == 1 ? $": in {articles}" : $": from {articles}";
        return new Reply
        {
            Command = Name,
            Heading = BriefingReplies.Subject(asked, briefing) + heading,
            Summary = briefing.Summary,
            Quotes = briefing.Quotes,
            Actions = BriefingReplies.TopicActions(briefing),
        };
    }
}
