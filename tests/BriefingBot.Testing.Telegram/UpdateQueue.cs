using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// The pending updates and getUpdates semantics: offset confirmation, <c>limit</c>, remembered
/// <c>allowed_updates</c>, and long-poll hold. A new getUpdates call ends one that is still holding, as Telegram does
/// (the older call then answers 409 "terminated by other getUpdates request").
/// </summary>
internal sealed class UpdateQueue(TimeProvider timeProvider, long firstUpdateId)
{
    // Sent unless allowed_updates names them (api.json, getUpdates.allowed_updates).
    private static readonly string[] OptInKinds = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<(long Id, JsonObject Update)> _pending = [];
    private long _nextId = firstUpdateId;
    private TaskCompletionSource _changed = NewSignal();
    private CancellationTokenSource? _activePoll;
    private string[]? _allowedUpdates;

    public IReadOnlyList<string>? AllowedUpdates
    {
        get
        {
            lock (_gate)
            {
                return _allowedUpdates;
            }
        }
    }

    /// <summary>True while a getUpdates call is being answered (holding, for a long poll).</summary>
    public bool IsPolling
    {
        get
        {
            lock (_gate)
            {
                return _activePoll is not null;
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public long Enqueue(JsonObject update)
    {
        var copy = (JsonObject)update.DeepClone();
        TaskCompletionSource changed;
        long id;
        lock (_gate)
        {
            id = JsonText.TryGetInteger(copy["update_id"], out var given) ? given : _nextId;
            copy["update_id"] = id;
            _nextId = Math.Max(_nextId, id + 1);
            var index = _pending.FindIndex(p => p.Id > id);
            _pending.Insert(index < 0 ? _pending.Count : index, (id, copy));
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return id;
    }

    public void DropPending()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Answers one getUpdates call; <c>Superseded</c> when a newer call ended this one while it held.</summary>
    public async Task<(JsonArray Updates, bool Superseded)> PollAsync(
        long? offset, int? limit, int timeoutSeconds, string[]? allowedUpdates, CancellationToken cancellationToken)
    {
        // Not disposed: it has no timer, and an older poll's token may still be cancelled by the next call.
        var mine = new CancellationTokenSource();
        CancellationTokenSource? previous;
        lock (_gate)
        {
            previous = _activePoll;
            _activePoll = mine;
            Confirm(offset);
            if (allowedUpdates is not null)
            {
                _allowedUpdates = allowedUpdates;
            }
        }

        previous?.Cancel();

        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(mine.Token, cancellationToken);
            return (await HoldForUpdatesAsync(Math.Clamp(limit ?? 100, 1, 100), timeoutSeconds, linked.Token).ConfigureAwait(false), false);
        }
        catch (OperationCanceledException) when (mine.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ([], true);
        }
        finally
        {
            lock (_gate)
            {
                if (_activePoll == mine)
                {
                    _activePoll = null;
                }
            }
        }
    }

    private async Task<JsonArray> HoldForUpdatesAsync(int limit, int timeoutSeconds, CancellationToken cancellationToken)
    {
        // Wall-clock deadline rather than timestamps, so a manual TimeProvider drives the hold completely.
        var deadline = timeProvider.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, timeoutSeconds));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var batch = Take(limit);
                if (batch.Count > 0)
                {
                    return batch;
                }

                changed = _changed.Task;
            }

            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return [];
            }

            try
            {
                await changed.WaitAsync(remaining, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return [];
            }
        }
    }

    // "An update is considered confirmed as soon as getUpdates is called with an offset higher than its update_id";
    // a negative offset keeps only the last -offset updates.
    private void Confirm(long? offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(p => p.Id < offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            _pending.RemoveRange(0, _pending.Count - (int)Math.Min(-offset.Value, _pending.Count));
        }
    }

    private JsonArray Take(int limit)
    {
        var batch = new JsonArray();
        foreach (var (_, update) in _pending.Where(p => IsAllowed(p.Update)).Take(limit))
        {
            batch.Add(update.DeepClone());
        }

        return batch;
    }

    private bool IsAllowed(JsonObject update)
    {
        var kind = update.Select(p => p.Key).FirstOrDefault(k => k != "update_id");
        if (kind is null)
        {
            return true;
        }

        return _allowedUpdates is { Length: > 0 } allowed ? allowed.Contains(kind) : !OptInKinds.Contains(kind);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
