using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Tests.Chat;

public sealed class ChatContractTests
{
    [Fact]
    public void Sender_WithoutAStatedRole_CannotBeBuilt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChatSender("42", "someone", default));
    }

    [Fact]
    public void Command_WithoutASender_CannotBeBuilt()
    {
        Assert.Throws<ArgumentNullException>(() => new InboundCommand("brief", CommandInput.FromText("NATO"), ConversationRef.Telegram(1), null!, DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentNullException>(() => new ChatCommand("brief", CommandOptions.None, ConversationRef.Telegram(1), null!, DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData(ChatPlatformKind.Telegram, "-1001234567890", "-1001234567890")]
    [InlineData(ChatPlatformKind.Telegram, "+42", "42")]
    [InlineData(ChatPlatformKind.Telegram, "-9223372036854775808", "-9223372036854775808")]
    [InlineData(ChatPlatformKind.Discord, "1133244871032553472", "1133244871032553472")]
    [InlineData(ChatPlatformKind.Discord, "18446744073709551615", "18446744073709551615")]
    [InlineData(ChatPlatformKind.Console, "local", "local")]
    public void Conversation_ChatIds_AreKeptAsExactIntegerText(ChatPlatformKind platform, string given, string stored)
    {
        Assert.Equal(stored, new ConversationRef(platform, given).ChatId);
    }

    [Theory]
    [InlineData(ChatPlatformKind.Telegram, "1.001234567890E+12")]
    [InlineData(ChatPlatformKind.Telegram, "chat-1")]
    [InlineData(ChatPlatformKind.Discord, "-5")]
    [InlineData(ChatPlatformKind.Discord, "1.1332448710325535E+18")]
    [InlineData(ChatPlatformKind.Console, "has space")]
    public void Conversation_IdsThatAreNotThePlatformsIntegers_AreRefused(ChatPlatformKind platform, string given)
    {
        Assert.Throws<ArgumentException>(() => new ConversationRef(platform, given));
    }

    [Fact]
    public void Conversation_InAForumTopic_KeepsTheThreadAndItsWholeChatDropsIt()
    {
        var topic = ConversationRef.Telegram(-100123, 42);

        Assert.Equal("telegram:-100123/42", topic.ToString());
        Assert.Equal(ConversationRef.Telegram(-100123), topic.WholeChat);
        Assert.NotEqual(topic, topic.WholeChat);
    }

    [Fact]
    public void DeliveryKey_FromTheSameParts_IsTheSameAndFitsADiscordNonce()
    {
        var first = DeliveryKey.From("r", "12", "item-key", "604800");
        var again = DeliveryKey.From("r", "12", "item-key", "604800");
        var other = DeliveryKey.From("r", "12", "item-key", "86400");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(DeliveryKey.MaxLength, first.Value.Length);
        Assert.Matches("^[a-z0-9]{25}$", first.Value);
    }

    [Fact]
    public void ReplyText_Interpolated_MarksEchoedUserTextApartFromTheBotsWords()
    {
        var text = ReplyText.Of($"I don't know \u201C{Echo.Short("@everyone <b>x</b>")}\u201D.");

        Assert.Equal("I don't know \u201C@everyone <b>x</b>\u201D.", text.ToString());
        Assert.Equal(
            [new TextSpan("I don't know \u201C", TextKind.Bot), new TextSpan("@everyone <b>x</b>", TextKind.User), new TextSpan("\u201D.", TextKind.Bot)],
            text.Spans);
    }
}
