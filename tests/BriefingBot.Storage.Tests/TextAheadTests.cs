using BriefingBot.Storage;

namespace BriefingBot.Storage.Tests;

public sealed class TextAheadTests
{
    [Fact]
    public async Task Take_AnArticleLargerThanTheLimit_GoesThroughWhenNothingIsOutstanding()
    {
        var ahead = new TextAhead(limit: 10);

        await Task.Run(() => ahead.Take(100, CancellationToken.None)).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Take_OverTheLimit_WaitsUntilTheWriterHasWrittenEarlierText()
    {
        var ahead = new TextAhead(limit: 10);
        ahead.Take(8, CancellationToken.None);

        var next = Task.Run(() => ahead.Take(5, CancellationToken.None));
        await Task.Delay(300);
        Assert.False(next.IsCompleted);

        ahead.Return(8);
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Take_WhileWaiting_StopsWhenCancelled()
    {
        var ahead = new TextAhead(limit: 10);
        ahead.Take(8, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var next = Task.Run(() => ahead.Take(5, cancel.Token));
        await Task.Delay(300);
        Assert.False(next.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
