using System.Threading.RateLimiting;
using BriefingBot.Core.Chat;

namespace BriefingBot.Host.Chat;

/// <summary>
/// A platform's posts, paced: each send first takes a permit for its conversation from the adapter's limiter
/// (waiting in its queue). When the limiter refuses (its queue is full), the send reports "rate limited" with the
/// limiter's retry-after, so the scheduler tries that reminder again later instead of flooding the platform. A stop
/// while waiting for a permit is "transient": nothing went out, so a reminder is retried after the restart, not lost.
/// </summary>
public sealed class PacedChatPlatform(IChatPlatform inner, PartitionedRateLimiter<ConversationRef> limiter) : IChatPlatform, IDisposable
{
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public ChatPlatformKind Platform => inner.Platform;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(message.Conversation, 1, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping while waiting in the queue: nothing was posted, so the post can safely be tried again later.
            return SendResult.Transient("the bot stopped before the post was made");
        }

        using var held = lease;
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : DefaultRetryAfter;
            return SendResult.RateLimited(retryAfter, $"more posts to {inner.Platform.Name()} than its limits allow; waiting");
        }

        return await inner.SendAsync(message, cancellationToken);
    }

    public void Dispose() => limiter.Dispose();
}
