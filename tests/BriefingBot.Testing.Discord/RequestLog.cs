namespace BriefingBot.Testing.Discord;

/// <summary>Every request, in order, with waiting for one that matches.</summary>
internal sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RecordedDiscordRequest> _requests = [];
    private readonly List<(Func<RecordedDiscordRequest, bool> Match, TaskCompletionSource<RecordedDiscordRequest> Done)> _waiters = [];

    public IReadOnlyList<RecordedDiscordRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _requests];
        }
    }

    public void Add(RecordedDiscordRequest request)
    {
        List<TaskCompletionSource<RecordedDiscordRequest>> done = [];
        lock (_lock)
        {
            _requests.Add(request);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(request))
                {
                    done.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult(request);
        }
    }

    public async Task<RecordedDiscordRequest> WaitForAsync(Func<RecordedDiscordRequest, bool> match, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<RecordedDiscordRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var existing = _requests.FirstOrDefault(match);
            if (existing is not null)
            {
                return existing;
            }

            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (_lock)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }

            throw new TimeoutException($"No request {what} within {timeout.TotalSeconds:0.#} s; received: {string.Join(", ", Snapshot())}");
        }
    }
}
