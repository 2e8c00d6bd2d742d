namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The session to resume: its id and resume URL from READY, and the last sequence number received (kept across
/// connections; a fresh Identify starts over).
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long _sequence = -1;

    public string? SessionId
    {
        get
        {
            lock (_lock)
            {
                return _sessionId;
            }
        }
    }

    public Uri? ResumeUrl
    {
        get
        {
            lock (_lock)
            {
                return _resumeUrl;
            }
        }
    }

    /// <summary>The last non-null <c>s</c>, or null before the first dispatch.</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    public bool CanResume
    {
        get
        {
            lock (_lock)
            {
                return _sessionId is not null && _resumeUrl is not null;
            }
        }
    }

    public void Observe(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Start(string sessionId, Uri resumeUrl)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
        }
    }

    /// <summary>Forgets the session: the next connection identifies afresh.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            Interlocked.Exchange(ref _sequence, -1);
        }
    }
}
