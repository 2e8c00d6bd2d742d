using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordMessagePackerTests
{
    [Fact]
    public void Pack_LinesThatFit_ShareOneDescriptionWithTheirSeparators()
    {
        var parts = new DiscordReplyParts("T", null, [Line("a", true), Line("b", false), Line("c", true)], "F");

        var embed = Assert.Single(Assert.Single(DiscordMessagePacker.Pack(parts)).Embeds);

        Assert.Equal(("T", "a\nb\n\nc", "F"), (embed.Title, embed.Description, embed.Footer));
    }

    [Fact]
    public void Pack_DescriptionOver4096_GoesOnInTheNextEmbedWithoutTitle()
    {
        var parts = new DiscordReplyParts("T", "https://example.org/", [Line(new string('a', 3000), true), Line(new string('b', 2000), false)], null);

        var embeds = Assert.Single(DiscordMessagePacker.Pack(parts)).Embeds;

        Assert.Equal([("T", "https://example.org/", 3000), (null, null, 2000)], embeds.Select(e => (e.Title, e.Url, e.Description!.Length)));
    }

    [Fact]
    public void Pack_MoreThan6000Characters_StartsANewMessage()
    {
        var parts = new DiscordReplyParts(null, null, [Line(new string('a', 4000), true), Line(new string('b', 1999), true), Line("c", false)], null);

        var messages = DiscordMessagePacker.Pack(parts);

        Assert.Equal([[4000, 1999], [1]], messages.Select(m => m.Embeds.Select(e => e.Description!.Length).ToArray()));
    }

    [Fact]
    public void Pack_FooterThatNoLongerFits_GoesOnAnEmbedOfItsOwnInTheNextMessage()
    {
        var parts = new DiscordReplyParts(null, null, [Line(new string('a', 4000), true), Line(new string('b', 1990), true)], new string('f', 20));

        var messages = DiscordMessagePacker.Pack(parts);

        Assert.Equal(2, messages.Count);
        var last = Assert.Single(messages[1].Embeds);
        Assert.Equal((null, null, 0, new string('f', 20)), (last.Title, last.Description, last.Fields.Count, last.Footer));
    }

    [Fact]
    public void Pack_TwentySixFields_OpenASecondEmbed()
    {
        var parts = new DiscordReplyParts(null, null, [.. Enumerable.Range(1, 26).Select(i => Field($"n{i}", "v"))], null);

        var embeds = Assert.Single(DiscordMessagePacker.Pack(parts)).Embeds;

        Assert.Equal([25, 1], embeds.Select(e => e.Fields.Count));
    }

    [Fact]
    public void Pack_TextAfterFields_StartsANewEmbedAndElevenEmbedsNeedTwoMessages()
    {
        var blocks = Enumerable.Range(1, 11).SelectMany(i => new[] { Line($"line {i}", true), Field($"n{i}", "v") }).ToArray();

        var messages = DiscordMessagePacker.Pack(new DiscordReplyParts(null, null, blocks, "F"));

        Assert.Equal([10, 1], messages.Select(m => m.Embeds.Count));
        Assert.All(messages.SelectMany(m => m.Embeds), e => Assert.Single(e.Fields));
        Assert.Equal("F", messages[^1].Embeds[^1].Footer);
        Assert.All(messages, m => Assert.Empty(DiscordLimitCheck.Violations(m)));
    }

    [Fact]
    public void Pack_Nothing_IsNoMessage() =>
        Assert.Empty(DiscordMessagePacker.Pack(new DiscordReplyParts(null, null, [], null)));

    private static DiscordBlock Line(string text, bool startsSection) => DiscordBlock.Description(text, startsSection);

    private static DiscordBlock Field(string name, string value) => DiscordBlock.Of(new RenderedField(name, value, Inline: false));
}
