using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordCustomIdTests
{
    [Theory]
    [InlineData("/timeline New START page 2")]
    [InlineData("/brief Договор СНВ")]
    [InlineData("/brief \U0001F600 emoji")]
    [InlineData("/help")]
    public void TryWrite_CommandText_RoundTripsThroughTryRead(string text)
    {
        Assert.True(DiscordCustomId.TryWrite(text, out var customId));
        Assert.Equal("cmd:" + text, customId);
        Assert.True(DiscordCustomId.TryRead(customId, out var read));
        Assert.Equal(text, read);
    }

    [Theory]
    [InlineData(96, true)]
    [InlineData(97, false)]
    public void TryWrite_Text_FitsOnlyWithinOneHundredCharactersWithPrefix(int length, bool expected)
    {
        var text = "/brief " + new string('x', length - 7);

        Assert.Equal(expected, DiscordCustomId.TryWrite(text, out var customId));
        Assert.Equal(expected ? 100 : (int?)null, customId?.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("brief x")]
    [InlineData("/")]
    [InlineData("/ x")]
    [InlineData("/brief x ")]
    [InlineData("/brief a\nb")]
    public void TryWrite_NotCommandText_IsRefused(string text) =>
        Assert.False(DiscordCustomId.TryWrite(text, out _));

    [Fact]
    public void TryWrite_LoneSurrogate_IsRefused() =>
        Assert.False(DiscordCustomId.TryWrite("/brief \uD83D", out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cmd:")]
    [InlineData("cmd:brief x")]
    [InlineData("cmd: /brief x")]
    [InlineData("CMD:/brief x")]
    [InlineData("/brief x")]
    [InlineData("page:2")]
    [InlineData("other-bot:/brief x")]
    [InlineData("cmd:/brief x\n")]
    public void TryRead_ForeignId_IsRefused(string? customId)
    {
        Assert.False(DiscordCustomId.TryRead(customId, out var text));
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void TryRead_IdOverOneHundredCharacters_IsRefused() =>
        Assert.False(DiscordCustomId.TryRead("cmd:/brief " + new string('x', 90), out _));
}
