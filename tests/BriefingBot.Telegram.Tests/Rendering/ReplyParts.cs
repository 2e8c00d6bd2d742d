using BriefingBot.Core.Dates;
using BriefingBot.Core.Replies;

namespace BriefingBot.Telegram.Tests.Rendering;

/// <summary>Core reply parts the tests share.</summary>
internal static class ReplyParts
{
    public const string Url = "https://example.org/arms-talks";

    public static readonly DateSpan January17 = DateSpan.OnDay(new DateOnly(2026, 1, 17));

    public static SourceRef Source(string? url = Url, string title = "Arms talks stall", string? publisher = "Example Times") =>
        new("arms-talks", title, publisher, January17, url);

    public static CommandInvocation Invocation(string text) =>
        new(text.TrimStart('/').Split(' ')[0], new Dictionary<string, string>(), text);
}
