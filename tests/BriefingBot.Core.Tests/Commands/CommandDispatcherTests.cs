using BriefingBot.Core.Commands;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandDispatcherTests
{
    private static readonly ConversationRef Chat = new("console", "local");

    [Fact]
    public async Task Dispatch_UnknownCommandWithTypo_SuggestsTheClosestCommand()
    {
        var dispatcher = Dispatcher(Handler("brief"), Handler("topics"));

        var reply = await dispatcher.DispatchAsync(Command("breif"), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("/brief", reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_HandlerThrows_RepliesFriendlyInsteadOfFailing()
    {
        var failing = new Mock<ICommandHandler>();
        failing.SetupGet(h => h.Name).Returns("brief");
        failing.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is locked"));

        var reply = await Dispatcher(failing.Object).DispatchAsync(Command("brief", "NATO"), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("something went wrong", reply.Lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("database", reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_OverlongArguments_AreRefusedBeforeTheHandlerRuns()
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns("brief");

        var reply = await Dispatcher(handler.Object).DispatchAsync(Command("brief", new string('x', CommandDispatcher.MaxArgumentLength + 1)), CancellationToken.None);

        Assert.False(reply.Ok);
        handler.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Dispatch_KnownCommand_ReachesItsHandler()
    {
        var reply = await Dispatcher(Handler("brief"), Handler("topics")).DispatchAsync(Command("TOPICS"), CancellationToken.None);

        Assert.Equal("topics", reply.Command);
        Assert.True(reply.Ok);
    }

    private static ChatCommand Command(string name, string arguments = "") => new(name, arguments, Chat, DateTimeOffset.UnixEpoch);

    private static CommandDispatcher Dispatcher(params ICommandHandler[] handlers) => new(handlers, NullLogger<CommandDispatcher>.Instance);

    private static ICommandHandler Handler(string name)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Reply { Command = name });
        return handler.Object;
    }
}
