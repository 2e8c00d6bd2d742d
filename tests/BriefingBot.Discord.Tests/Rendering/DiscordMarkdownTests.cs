using BriefingBot.Core.Replies;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordMarkdownTests
{
    private const string Z = "\u200B";

    [Theory]
    [InlineData("@everyone", "@" + Z + "everyone")]
    [InlineData("@here now", "@" + Z + "here now")]
    [InlineData("hi @admin!", "hi @" + Z + "admin!")]
    [InlineData("<@123456>", "\\<" + Z + "@" + Z + "123456>")]
    [InlineData("<@!123456>", "\\<" + Z + "@" + Z + "!123456>")]
    [InlineData("<@&987>", "\\<" + Z + "@" + Z + "&987>")]
    [InlineData("<#42>", "\\<" + Z + "#42>")]
    [InlineData("<t:1700000000:R>", "\\<" + Z + "t:1700000000:R>")]
    [InlineData("<:smile:123>", "\\<" + Z + ":smile:123>")]
    [InlineData("</brief:123>", "\\<" + Z + "/brief:123>")]
    [InlineData("**bold**", "\\*\\*bold\\*\\*")]
    [InlineData("__under__ ~~gone~~ ||spoiler||", "\\_\\_under\\_\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|")]
    [InlineData("[x](http://evil)", "\\[x\\]\\(http:" + Z + "//evil\\)")]
    [InlineData("https://evil.example/login", "https:" + Z + "//evil.example/login")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("```block```", "\\`\\`\\`block\\`\\`\\`")]
    [InlineData("> quote", "\\> quote")]
    [InlineData(">>> quote", "\\>>> quote")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("-# subtext", "\\-# subtext")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("mail a@b.com", "mail a@" + Z + "b.com")]
    [InlineData("New START", "New START")]
    public void UserText_HostileInput_IsEscapedAndInert(string typed, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.UserText(typed));

    [Theory]
    [InlineData("Warheads < 1,550 & launchers > 700.", "Warheads \\< 1,550 & launchers > 700.")]
    [InlineData("*emphasis* and _under_ and ~tilde~", "\\*emphasis\\* and \\_under\\_ and \\~tilde\\~")]
    [InlineData("see (note) [1] a|b `x`", "see \\(note\\) \\[1\\] a\\|b \\`x\\`")]
    [InlineData("C:\\path", "C:\\\\path")]
    [InlineData("@everyone was told", "@" + Z + "everyone was told")]
    [InlineData("an @Here sign", "an @" + Z + "Here sign")]
    [InlineData("posted by @StateDept", "posted by @StateDept")]
    [InlineData("<t:1700000000> <@1>", "\\<t:1700000000> \\<@1>")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("2026. The year", "2026\\. The year")]
    [InlineData("In 2026. The year", "In 2026. The year")]
    [InlineData("C++ and C# - both > B", "C++ and C# - both > B")]
    [InlineData("+1 vote", "\\+1 vote")]
    [InlineData("line one\n# two\n  - three\n4. four", "line one\n\\# two\n  \\- three\n4\\. four")]
    [InlineData("windows\r\nline", "windows\nline")]
    [InlineData("emoji \U0001F600 kept", "emoji \U0001F600 kept")]
    [InlineData("https://example.org/a", "https://example.org/a")]
    public void Escape_CorpusText_EscapesMarkdownButIsNotMentionProofed(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Fact]
    public void Escape_NotAtLineStart_LeavesBlockMarkersAlone() =>
        Assert.Equal("> # - 1. \\*", DiscordMarkdown.Escape("> # - 1. *", atLineStart: false, lineBreak: "\n"));

    [Fact]
    public void Escape_InBlockQuote_QuotesEveryLineAndEscapesItsStart() =>
        Assert.Equal("a\n> \\- b\n> c", DiscordMarkdown.Escape("a\n- b\nc", atLineStart: true, lineBreak: "\n> "));

    [Fact]
    public void Escape_LoneSurrogate_BecomesReplacementCharacter() =>
        Assert.Equal("a\uFFFDb", DiscordMarkdown.Escape("a\uD83Db"));

    [Theory]
    [InlineData("@everyone", "@" + Z + "everyone")]
    [InlineData("<@123> *x*", "<" + Z + "@" + Z + "123> *x*")]
    [InlineData("see http://x.io", "see http:" + Z + "//x.io")]
    [InlineData("a: b // c", "a: b // c")]
    public void MentionProof_Text_BreaksMentionsWithoutEscaping(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.MentionProof(text));

    [Fact]
    public void Text_MixedSpans_ProofsOnlyTheUsersWords()
    {
        var text = ReplyText.Of($"Ask @bot about {new UserText("@everyone *now*")}");

        Assert.Equal("Ask @bot about @" + Z + "everyone \\*now\\*", DiscordMarkdown.Text(text));
    }

    [Fact]
    public void Text_UserSpanAfterBotWords_IsNotTreatedAsALineStart()
    {
        var text = ReplyText.Of($"Topic {new UserText("- 1. > x")}");

        Assert.Equal("Topic - 1. > x", DiscordMarkdown.Text(text));
    }

    [Fact]
    public void Plain_Footer_KeepsMarkdownCharactersAndProofsUserText()
    {
        var text = ReplyText.Of($"Page 1 of 2 for *{new UserText("@here <#1>")}*");

        Assert.Equal("Page 1 of 2 for *@" + Z + "here <" + Z + "#1>*", DiscordMarkdown.Plain(text));
    }

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("http://example.org", "http://example.org/")]
    [InlineData("https://example.org/a(b)", "https://example.org/a%28b%29")]
    [InlineData("https://example.org/a b", "https://example.org/a%20b")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://example.org/file", null)]
    [InlineData("example.org/a", null)]
    [InlineData("not a url", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void LinkTarget_Url_OnlyAbsoluteHttpOrHttpsWithParenthesesEncoded(string? url, string? expected)
    {
        Assert.Equal(expected, DiscordMarkdown.LinkTarget(url));
        Assert.Equal(expected is not null, DiscordMarkdown.IsLinkable(url));
    }

    [Fact]
    public void LinkTarget_UrlOver512Characters_IsNotLinked() =>
        Assert.Null(DiscordMarkdown.LinkTarget("https://example.org/" + new string('a', 500)));

    [Theory]
    [InlineData("Arms talks stall", "[Arms talks stall](https://example.org/a)")]
    [InlineData("Talks *stall* (again)", "[Talks \\*stall\\* \\(again\\)](https://example.org/a)")]
    [InlineData("Title [draft", "[Title \\(draft](https://example.org/a)")]
    [InlineData("@everyone reads <this>", "[@" + Z + "everyone reads \\<this>](https://example.org/a)")]
    public void Link_Title_IsEscapedWithBracketsAsParentheses(string title, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Link(title, "https://example.org/a"));

    [Fact]
    public void SourceTitle_WithoutUrl_IsItalic() =>
        Assert.Equal("*Arms \\_talks\\_*", DiscordMarkdown.SourceTitle(ReplyParts.Source(url: null, title: "Arms _talks_")));

    [Theory]
    [InlineData("/timeline topic:New START page:2", "`/timeline topic:New START page:2`")]
    [InlineData("/brief a`b", null)]
    [InlineData("/brief a\nb", null)]
    [InlineData("", null)]
    public void Code_Command_IsInlineCodeUnlessItCannotBe(string text, string? expected) =>
        Assert.Equal(expected, DiscordMarkdown.Code(text));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three", 8, "one two\u2026")]
    [InlineData("ab\U0001F600cd", 4, "ab\u2026")]
    public void Truncate_Text_EndsInEllipsisWithinMax(string text, int max, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Truncate(text, max));
}
