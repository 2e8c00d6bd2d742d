using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>A socket that only records what is sent to it, with the time on the given clock.</summary>
internal sealed class RecordingWebSocket(TimeProvider time) : WebSocket
{
    private readonly ConcurrentQueue<(DateTimeOffset At, byte[] Bytes)> _sent = new();

    public IReadOnlyList<(DateTimeOffset At, byte[] Bytes)> Sent => [.. _sent];

    public override WebSocketCloseStatus? CloseStatus => null;

    public override string? CloseStatusDescription => null;

    public override WebSocketState State => WebSocketState.Open;

    public override string? SubProtocol => null;

    public async Task WaitForCountAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_sent.Count < count)
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        _sent.Enqueue((time.GetUtcNow(), buffer.ToArray()));
        return Task.CompletedTask;
    }

    public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith<WebSocketReceiveResult>(_ => throw new OperationCanceledException(), TaskScheduler.Default);

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Abort()
    {
    }

    public override void Dispose()
    {
    }
}
