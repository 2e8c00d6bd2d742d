using BriefingBot.Core.Replies;
using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("1 < 2 > 0", "1 &lt; 2 &gt; 0")]
    [InlineData("already &amp; escaped", "already &amp;amp; escaped")]
    [InlineData("say \"hi\" and 'bye'", "say \"hi\" and 'bye'")]
    [InlineData("@everyone /start", "@everyone /start")]
    [InlineData("emoji \U0001F600 kept", "emoji \U0001F600 kept")]
    public void Escape_Text_EscapesOnlyAmpersandAndAngleBrackets(string text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Theory]
    [InlineData("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2")]
    [InlineData("https://example.org/\"><b>x", "https://example.org/&quot;&gt;&lt;b&gt;x")]
    public void EscapeAttribute_Value_AlsoEscapesDoubleQuotes(string value, string expected) =>
        Assert.Equal(expected, TelegramHtml.EscapeAttribute(value));

    [Fact]
    public void Escape_LoneSurrogate_BecomesReplacementCharacter() =>
        Assert.Equal("a\uFFFDb", TelegramHtml.Escape("a\uD83Db"));

    [Theory]
    [InlineData("@everyone", "@\u2060everyone")]
    [InlineData("hi @admin!", "hi @\u2060admin!")]
    [InlineData("mail a@b.com", "mail a@\u2060b.\u2060com")]
    [InlineData("/start", "/\u2060start")]
    [InlineData("try /help@SomeBot", "try /\u2060help@\u2060SomeBot")]
    [InlineData("(/stop)", "(/\u2060stop)")]
    [InlineData("and/or", "and/or")]
    [InlineData("#breaking $USD", "#\u2060breaking $\u2060USD")]
    [InlineData("C# and US$", "C# and US$")]
    [InlineData("evil.example", "evil.\u2060example")]
    [InlineData("https://x.io/a", "https:/\u2060/\u2060x.\u2060io/a")]
    [InlineData("the end. Next", "the end. Next")]
    [InlineData("<b>x</b>", "&lt;b&gt;x&lt;/\u2060b&gt;")]
    [InlineData("New START", "New START")]
    public void UserText_EntityStarts_AreMadeInertAndEscaped(string typed, string expected) =>
        Assert.Equal(expected, TelegramHtml.UserText(typed));

    [Fact]
    public void Text_MixedSpans_ProofsOnlyTheUsersWords()
    {
        var text = ReplyText.Of($"Send /topics, not {new UserText("/topics @all")}");

        Assert.Equal("Send /topics, not /\u2060topics @\u2060all", TelegramHtml.Text(text));
    }

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://example.org/file", false)]
    [InlineData("example.org/a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLinkable_Url_OnlyAbsoluteHttpOrHttps(string? url, bool expected) =>
        Assert.Equal(expected, TelegramHtml.IsLinkable(url));
}
