using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>Template replies shared by the commands that search the corpus.</summary>
internal static class BriefingReplies
{
    public static Reply MissingTopic(string command, string usage) => Reply.Problem(
        command,
        $"Tell me what to look for, for example: {usage.Replace("<topic>", "New START", StringComparison.Ordinal)}. Send /topics to see what I know about.");

    public static Reply NothingFound(string command, string asked, Briefing.Briefing briefing)
    {
        var suggestions = briefing.Suggestions.Select(t => t.Name).ToArray();
        var message = $"I found nothing about \u201C{Echo.Short(asked)}\u201D in the articles I know.";
        return new Reply
        {
            Command = command,
            Ok = false,
            Lines = [suggestions.Length > 0 ? message + " You could try one of these topics:" : message + " Send /topics to see what I know about."],
            Suggestions = suggestions,
        };
    }

    /// <summary>What the reply is about: the curated topic names when the query named them, else the query.</summary>
    public static string Subject(string asked, Briefing.Briefing briefing) =>
        briefing.Topics.Count > 0 ? string.Join(" + ", briefing.Topics.Select(t => t.Name)) : $"\u201C{Echo.Short(asked)}\u201D";
}
