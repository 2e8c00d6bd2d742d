using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;
using BriefingBot.Host.Chat;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BriefingBot.Tests;

public sealed class InboundCommandRunnerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan RealWait = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new();
    private readonly RecordingLoggerProvider _logs = new();

    [Fact]
    public async Task Submit_CommandPastItsDeadline_IsAnsweredWithTryAgainAndLogged()
    {
        var entered = new TaskCompletionSource();
        var handler = Handler("brief", (_, _) =>
        {
            entered.SetResult();
            return new TaskCompletionSource<Reply>().Task; // never answers, and ignores cancellation
        });
        using var runner = Runner(handler);
        var reply = new TaskCompletionSource<Reply>();

        await runner.SubmitAsync(TestCommands.Text("brief", "NATO"), Capture(reply), CancellationToken.None);
        await entered.Task.WaitAsync(RealWait);
        _clock.Advance(Timeout);

        var answered = await reply.Task.WaitAsync(RealWait);
        Assert.False(answered.Ok);
        Assert.Equal(InboundCommandRunner.TimedOutMessage, answered.Paragraphs[0].ToString());
        Assert.Contains(_logs.Lines, l => l.EventId == 50 && l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Submit_HandlerThatThrows_IsAnsweredFriendlyWithoutTheExceptionText()
    {
        var handler = Handler("brief", (_, _) => throw new InvalidOperationException("SQLite Error 11: database disk image is malformed"));
        using var runner = Runner(handler);
        var reply = new TaskCompletionSource<Reply>();

        await runner.SubmitAsync(TestCommands.Text("brief", "NATO"), Capture(reply), CancellationToken.None);

        var answered = await reply.Task.WaitAsync(RealWait);
        Assert.False(answered.Ok);
        Assert.DoesNotContain("SQLite", PlainTextReplyRenderer.Render(answered), StringComparison.Ordinal);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Error && l.Exception!.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_ReplyThatCannotBeDelivered_IsLoggedAndFreesItsSlot()
    {
        using var runner = Runner(Handler("topics", (_, _) => Task.FromResult(new Reply { Command = "topics" })), maxConcurrent: 1);
        var second = new TaskCompletionSource<Reply>();

        await runner.SubmitAsync(TestCommands.Text("topics"), (_, _) => throw new HttpRequestException("connection refused"), CancellationToken.None);
        await runner.SubmitAsync(TestCommands.Text("topics"), Capture(second), CancellationToken.None);

        Assert.True((await second.Task.WaitAsync(RealWait)).Ok);
        await runner.DrainAsync(CancellationToken.None).WaitAsync(RealWait);
        Assert.Contains(_logs.Lines, l => l.EventId == 52);
    }

    [Fact]
    public async Task Submit_BeyondTheLimit_WaitsForAFreeSlotAndNeverBlocksTheCaller()
    {
        var release = new TaskCompletionSource<Reply>();
        using var runner = Runner(Handler("brief", (_, _) => release.Task), maxConcurrent: 2);
        var replies = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource<Reply>()).ToArray();

        await runner.SubmitAsync(TestCommands.Text("brief", "a"), Capture(replies[0]), CancellationToken.None);
        await runner.SubmitAsync(TestCommands.Text("brief", "b"), Capture(replies[1]), CancellationToken.None);
        var third = runner.SubmitAsync(TestCommands.Text("brief", "c"), Capture(replies[2]), CancellationToken.None);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, runner.InFlight);
        release.SetResult(new Reply { Command = "brief" });
        await third.WaitAsync(RealWait);
        await Task.WhenAll(replies.Select(r => r.Task)).WaitAsync(RealWait);
    }

    [Fact]
    public async Task Drain_LetsTheCommandsInFlightFinishAndAnswer()
    {
        var release = new TaskCompletionSource<Reply>();
        using var runner = Runner(Handler("brief", (_, _) => release.Task));
        var reply = new TaskCompletionSource<Reply>();
        await runner.SubmitAsync(TestCommands.Text("brief", "NATO"), Capture(reply), CancellationToken.None);

        var drain = runner.DrainAsync(CancellationToken.None);
        Assert.False(drain.IsCompleted);
        release.SetResult(new Reply { Command = "brief", Heading = "done" });
        await drain.WaitAsync(RealWait);

        Assert.True(reply.Task.IsCompletedSuccessfully);
        Assert.Equal(0, runner.InFlight);
    }

    private static Func<Reply, CancellationToken, Task> Capture(TaskCompletionSource<Reply> reply) => (r, _) =>
    {
        reply.TrySetResult(r);
        return Task.CompletedTask;
    };

    private static ICommandHandler Handler(string name, Func<ChatCommand, CancellationToken, Task<Reply>> handle)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).Returns(handle);
        return handler.Object;
    }

    private InboundCommandRunner Runner(ICommandHandler handler, int maxConcurrent = 4) => new(
        new CommandDispatcher([handler], _logs.CreateLogger<CommandDispatcher>()),
        Options.Create(new InboundOptions { CommandTimeout = Timeout, MaxConcurrentCommands = maxConcurrent }),
        _clock,
        _logs.CreateLogger<InboundCommandRunner>());
}
