using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>Template replies shared by the commands that search the corpus.</summary>
internal static class BriefingReplies
{
    public static Reply NothingFound(string command, string asked, Briefing.Briefing briefing)
    {
        var suggestions = CommandInvocations.Topics(CommandCatalogue.Find(command) ?? CommandCatalogue.Brief, briefing.Suggestions.Select(t => t.Name));
        var message = ReplyText.Of($"I found nothing about \u201C{Echo.Short(asked)}\u201D in the articles I know.");
        return new Reply
        {
            Command = command,
            Ok = false,
            Paragraphs = [suggestions.Count > 0 ? message + " You could try one of these topics:" : message + " Send /topics to see what I know about."],
            Suggestions = suggestions,
        };
    }

    /// <summary>What the reply is about: the curated topic names when the query named nothing else, else the query.</summary>
    public static ReplyText Subject(string asked, Briefing.Briefing briefing) =>
        briefing.Topics.Count > 0 && briefing.Terms.Count == 0
            ? string.Join(" + ", briefing.Topics.Select(t => t.Name))
            : ReplyText.Of($"\u201C{Echo.Short(asked)}\u201D");

    /// <summary>Follow-ups for a briefing on one topic: its timeline, and reminders about it.</summary>
    public static IReadOnlyList<ReplyAction> TopicActions(Briefing.Briefing briefing) => briefing.Topics.Count == 1
        ?
        [
            new ReplyAction($"Timeline of {briefing.Topics[0].Name}", CommandInvocations.Of(CommandCatalogue.Timeline, ("topic", briefing.Topics[0].Name))),
            new ReplyAction($"Remind this chat about {briefing.Topics[0].Name}", CommandInvocations.Of(CommandCatalogue.Subscribe, ("topic", briefing.Topics[0].Name))),
        ]
        : [];
}
