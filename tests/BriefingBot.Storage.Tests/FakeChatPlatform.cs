using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;

namespace BriefingBot.Storage.Tests;

/// <summary>A chat platform that records every post, and fails on demand the way a real one can.</summary>
internal sealed class FakeChatPlatform(string name = "telegram") : IChatPlatform
{
    private readonly Queue<ChatPlatformException> _failures = new();

    public string Name { get; } = name;

    public List<(string ChatId, Reply Reply)> Posts { get; } = [];

    /// <summary>Called after a post is recorded, before the message id is returned (to simulate a crash there).</summary>
    public Action? AfterPost { get; set; }

    public void FailNext(ChatPlatformException failure) => _failures.Enqueue(failure);

    public Task<string> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        Posts.Add((chatId, reply));
        AfterPost?.Invoke();
        return Task.FromResult($"m{Posts.Count}");
    }
}
