namespace BriefingBot.Storage;

/// <summary>
/// How much article text the reader has worked out that the writer has not written yet, and the most it may: the
/// reader waits when taking more would go over, unless nothing is outstanding (so one article larger than the limit
/// still goes through, alone).
/// </summary>
internal sealed class TextAhead(long limit)
{
    private readonly object _gate = new();
    private long _outstanding;

    public void Take(long characters, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_outstanding > 0 && _outstanding + characters > limit)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, TimeSpan.FromMilliseconds(100));
            }

            _outstanding += characters;
        }
    }

    public void Return(long characters)
    {
        lock (_gate)
        {
            _outstanding -= characters;
            Monitor.PulseAll(_gate);
        }
    }
}
