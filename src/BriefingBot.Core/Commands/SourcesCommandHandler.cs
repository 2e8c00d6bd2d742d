using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/sources: every article in the corpus with its publisher, date and link.</summary>
public sealed class SourcesCommandHandler(IArticleStore store) : ICommandHandler
{
    public string Name => CommandCatalogue.Sources.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var articles = await store.ListArticlesAsync(cancellationToken);
        if (articles.Count == 0)
        {
            return Reply.Problem(Name, "I have no articles yet. An operator can add them to the content folder and run ingest.");
        }

        return new Reply
        {
            Command = Name,
            Heading = articles.Count == 1 ? "I know 1 article" : $"I know {articles.Count} articles",
            Entries = [.. articles.Select(a => SourceRef.From(a.Metadata)).Select(s => new ReplyEntry($"{ReplyFormat.Attribution(s)} [{s.ArticleId}]", s))],
        };
    }
}
