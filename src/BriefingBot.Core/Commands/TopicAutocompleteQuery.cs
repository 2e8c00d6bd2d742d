using BriefingBot.Core.Ports;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Answers "which topics match what was typed so far" for options marked <see cref="OptionAutocomplete.Topics"/>.
/// The ranking index is rebuilt only when the store hands back a different topic list (topics.yaml changed).
/// </summary>
public sealed class TopicAutocompleteQuery(IArticleStore articles)
{
    private TopicAutocomplete? _index;

    public async Task<IReadOnlyList<TopicChoice>> SuggestAsync(string? typed, CancellationToken cancellationToken)
    {
        var topics = await articles.GetTopicsAsync(cancellationToken);
        var index = Volatile.Read(ref _index);
        if (index is null || !ReferenceEquals(index.Topics, topics))
        {
            index = new TopicAutocomplete(topics);
            Volatile.Write(ref _index, index);
        }

        return index.Suggest(typed);
    }
}
