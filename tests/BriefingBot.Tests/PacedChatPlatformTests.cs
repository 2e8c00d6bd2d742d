using System.Threading.RateLimiting;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Replies;
using BriefingBot.Host.Chat;
using BriefingBot.Testing;

namespace BriefingBot.Tests;

public sealed class PacedChatPlatformTests
{
    private static readonly ConversationRef Chat = ConversationRef.Telegram(42);

    [Fact]
    public async Task Send_OverTheChatsLimit_WaitsForThePermitThenPosts()
    {
        var (paced, inner, bucket) = Paced(queueLimit: 1);

        await paced.SendAsync(Message(), CancellationToken.None);
        var second = paced.SendAsync(Message(), CancellationToken.None);
        Assert.False(second.IsCompleted);
        Assert.Single(inner.Posts);

        bucket().TryReplenish();
        var result = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.IsSent);
        Assert.Equal(2, inner.Posts.Count);
    }

    [Fact]
    public async Task Send_WhenThePacingQueueIsFull_ReportsRateLimitedInsteadOfPosting()
    {
        var (paced, inner, _) = Paced(queueLimit: 0);

        await paced.SendAsync(Message(), CancellationToken.None);
        var refused = await paced.SendAsync(Message(), CancellationToken.None);

        Assert.Equal(SendFailureKind.RateLimited, refused.Failure?.Kind);
        Assert.NotNull(refused.Failure?.RetryAfter);
        Assert.Single(inner.Posts);
    }

    private static OutboundMessage Message() => new(Chat, new Reply { Command = "reminder" }, DeliveryKey.New());

    /// <summary>One token per chat, replenished only when the test says so.</summary>
    private static (PacedChatPlatform Paced, FakeChatPlatform Inner, Func<TokenBucketRateLimiter> Bucket) Paced(int queueLimit)
    {
        TokenBucketRateLimiter? bucket = null;
        var limiter = PartitionedRateLimiter.Create<ConversationRef, ConversationRef>(chat => RateLimitPartition.Get(chat, _ =>
            bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                AutoReplenishment = false,
                QueueLimit = queueLimit,
            })));
        var inner = new FakeChatPlatform();
        return (new PacedChatPlatform(inner, limiter), inner, () => bucket!);
    }
}
