namespace BriefingBot.Testing.Telegram;

/// <summary>Every request the server received, and the tests waiting for one.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Waiter> _waiters = [];

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public void Add(RecordedRequest request)
    {
        List<Waiter> satisfied;
        lock (_gate)
        {
            _requests.Add(request);
            satisfied = _waiters.Where(w => w.Matches(request)).ToList();
            _waiters.RemoveAll(satisfied.Contains);
        }

        foreach (var waiter in satisfied)
        {
            waiter.Completion.TrySetResult(request);
        }
    }

    public async Task<RecordedRequest> WaitForAsync(
        string method, Func<RecordedRequest, bool>? predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(method, predicate);
        lock (_gate)
        {
            var existing = _requests.FirstOrDefault(waiter.Matches);
            if (existing is not null)
            {
                return existing;
            }

            _waiters.Add(waiter);
        }

        try
        {
            // A guard against hanging tests, so real time on purpose (the server's TimeProvider may be a manual clock).
            return await waiter.Completion.Task.WaitAsync(timeout, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"No {method} request matching the condition arrived within {timeout}. Received: {Describe(Snapshot())}");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private static string Describe(IReadOnlyList<RecordedRequest> requests) =>
        requests.Count == 0 ? "nothing" : string.Join(", ", requests.Select(r => $"#{r.Sequence} {r.Method}"));

    private sealed class Waiter(string method, Func<RecordedRequest, bool>? predicate)
    {
        public TaskCompletionSource<RecordedRequest> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Matches(RecordedRequest request) =>
            string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase) && (predicate is null || predicate(request));
    }
}
