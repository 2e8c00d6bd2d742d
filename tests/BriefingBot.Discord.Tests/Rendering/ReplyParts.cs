using BriefingBot.Core.Commands;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Tests.Rendering;

/// <summary>Core reply parts the tests share.</summary>
internal static class ReplyParts
{
    public const string Url = "https://example.org/arms-talks";

    public static readonly DateSpan January17 = DateSpan.OnDay(new DateOnly(2026, 1, 17));

    public static SourceRef Source(string? url = Url, string title = "Arms talks stall", string? publisher = "Example Times", string id = "arms-talks") =>
        new(id, title, publisher, January17, url);

    /// <summary>An invocation with the given chat text, for commands the test does not need typed options for.</summary>
    public static CommandInvocation Invocation(string text) =>
        new(text.TrimStart('/').Split(' ')[0], new Dictionary<string, string>(), text);

    public static CommandInvocation Brief(string topic) => CommandInvocations.Of(CommandCatalogue.Brief, ("topic", topic));

    public static CommandInvocation TimelinePage(string topic, int page) =>
        CommandInvocations.Of(CommandCatalogue.Timeline, ("topic", topic), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
