using System.Collections.Concurrent;
using BriefingBot.Core.Chat;

namespace BriefingBot.Testing;

/// <summary>
/// A chat platform that records every post and answers with scripted results, the way a real one can fail:
/// rate limited, transient, message rejected, chat unavailable, migrated, or throwing.
/// </summary>
public sealed class FakeChatPlatform(ChatPlatformKind platform = ChatPlatformKind.Telegram) : IChatPlatform
{
    private readonly ConcurrentQueue<Func<OutboundMessage, SendResult>> _script = new();
    private readonly Lock _gate = new();
    private readonly List<OutboundMessage> _posts = [];
    private readonly List<OutboundMessage> _attempts = [];

    public ChatPlatformKind Platform { get; } = platform;

    /// <summary>Messages that were posted (a successful send), in order.</summary>
    public IReadOnlyList<OutboundMessage> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    /// <summary>Every send, including those that failed.</summary>
    public IReadOnlyList<OutboundMessage> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    /// <summary>Called after a post is recorded, before its result is returned (to simulate a crash there).</summary>
    public Action? AfterPost { get; set; }

    /// <summary>The next send returns this failure instead of posting.</summary>
    public void FailNext(SendResult failure) => _script.Enqueue(_ => failure);

    /// <summary>The next send throws, as a platform that did not classify its failure would.</summary>
    public void ThrowNext(Exception exception) => _script.Enqueue(_ => throw exception);

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _attempts.Add(message);
        }

        if (_script.TryDequeue(out var scripted))
        {
            return Task.FromResult(scripted(message));
        }

        string id;
        lock (_gate)
        {
            _posts.Add(message);
            id = $"m{_posts.Count}";
        }

        AfterPost?.Invoke();
        return Task.FromResult(SendResult.Sent(id));
    }
}
