using BriefingBot.Discord.Tests.Support;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests;

public sealed class ClockedSlidingWindowRateLimiterTests
{
    [Fact]
    public async Task Permits_ComeBackOnlyWhenTheirGrantLeavesTheWindow_OnTheInjectedClock()
    {
        var time = new FakeTimeProvider(DiscordHarness.Start);
        using var limiter = new ClockedSlidingWindowRateLimiter(2, TimeSpan.FromSeconds(1), time);

        Assert.True(limiter.AttemptAcquire().IsAcquired);
        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
        var queued = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromMilliseconds(399));
        Assert.False(queued.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True((await queued.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task CancelledWaiter_LeavesTheQueue_AndDisposalFailsTheRest()
    {
        var time = new FakeTimeProvider(DiscordHarness.Start);
        var limiter = new ClockedSlidingWindowRateLimiter(1, TimeSpan.FromSeconds(1), time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cancel.Token).AsTask();
        var abandoned = limiter.AcquireAsync().AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, limiter.GetStatistics()!.CurrentQueuedCount);
        limiter.Dispose();

        Assert.False((await abandoned.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }
}
