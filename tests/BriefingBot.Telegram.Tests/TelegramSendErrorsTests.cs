using BriefingBot.Core.Chat;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramSendErrorsTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    private static readonly TokenScrubber Scrubber = new(Token);

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user", SendFailureKind.ChatUnavailable)]
    [InlineData(403, "Forbidden: bot was kicked from the supergroup chat", SendFailureKind.ChatUnavailable)]
    [InlineData(403, "Forbidden: user is deactivated", SendFailureKind.ChatUnavailable)]
    [InlineData(400, "Bad Request: chat not found", SendFailureKind.ChatUnavailable)]
    [InlineData(400, "Bad Request: message is too long", SendFailureKind.MessageRejected)]
    [InlineData(400, "Bad Request: can't parse entities: Unsupported start tag \"foo\"", SendFailureKind.MessageRejected)]
    [InlineData(502, "Bad Gateway", SendFailureKind.Transient)]
    [InlineData(500, "Internal Server Error", SendFailureKind.Transient)]
    public void Classify_ApiError_GivesThePortsFailureKind(int code, string description, SendFailureKind expected)
    {
        var result = TelegramSendErrors.Classify(new ApiRequestException(description, code), Scrubber);

        Assert.Equal(expected, result.Failure?.Kind);
        Assert.Contains(description.Split(':')[0], result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_TooManyRequests_CarriesTheRetryAfter()
    {
        var result = TelegramSendErrors.Classify(
            new ApiRequestException("Too Many Requests: retry after 17", 429, new ResponseParameters { RetryAfter = 17 }), Scrubber);

        Assert.Equal(SendFailureKind.RateLimited, result.Failure?.Kind);
        Assert.Equal(TimeSpan.FromSeconds(17), result.Failure?.RetryAfter);
    }

    [Fact]
    public void Classify_GroupUpgraded_MigratesToTheNewChat()
    {
        var result = TelegramSendErrors.Classify(
            new ApiRequestException("Bad Request: group chat was upgraded to a supergroup chat", 400, new ResponseParameters { MigrateToChatId = -1001234567890 }), Scrubber);

        Assert.Equal(SendFailureKind.Migrated, result.Failure?.Kind);
        Assert.Equal(ConversationRef.Telegram(-1001234567890), result.Failure?.MigratedTo);
    }

    [Fact]
    public void Classify_NetworkFailureWithTheUrlInItsMessage_IsTransientAndNeverHoldsTheToken()
    {
        var result = TelegramSendErrors.Classify(
            new HttpRequestException($"Connection refused (api.telegram.org/bot{Token}/sendMessage)"), Scrubber);

        Assert.Equal(SendFailureKind.Transient, result.Failure?.Kind);
        Assert.DoesNotContain(Token, result.Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("<token>", result.Failure.Reason, StringComparison.Ordinal);
    }
}
