using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandDispatcherTests
{
    [Fact]
    public async Task Dispatch_UnknownCommandWithTypo_SuggestsTheClosestCommandAsACommand()
    {
        var dispatcher = Dispatcher(Handler("brief"), Handler("topics"));

        var reply = await dispatcher.DispatchAsync(TestCommands.Text("breif"), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("/brief", reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
        var suggestion = Assert.Single(reply.Suggestions);
        Assert.Equal(SuggestionKind.Command, suggestion.Kind);
        Assert.Equal("/brief", suggestion.Invocation.Text);
    }

    [Fact]
    public async Task Dispatch_HandlerThrows_RepliesFriendlyInsteadOfFailing()
    {
        var failing = new Mock<ICommandHandler>();
        failing.SetupGet(h => h.Name).Returns("brief");
        failing.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is locked"));

        var reply = await Dispatcher(failing.Object).DispatchAsync(TestCommands.Text("brief", "NATO"), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("something went wrong", reply.Paragraphs[0].ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("database", reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_OverlongArguments_AreRefusedBeforeTheHandlerRuns()
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns("brief");

        var reply = await Dispatcher(handler.Object).DispatchAsync(
            TestCommands.Text("brief", new string('x', CommandDispatcher.MaxArgumentLength + 1)), CancellationToken.None);

        Assert.False(reply.Ok);
        handler.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Dispatch_OverlongTypedOption_IsRefusedBeforeTheHandlerRuns()
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns("brief");

        var reply = await Dispatcher(handler.Object).DispatchAsync(
            TestCommands.Options("brief", new Dictionary<string, string> { ["topic"] = new('x', 5000) }), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("too long", reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
        handler.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Dispatch_KnownCommand_ReachesItsHandler()
    {
        var reply = await Dispatcher(Handler("brief"), Handler("topics")).DispatchAsync(TestCommands.Text("TOPICS"), CancellationToken.None);

        Assert.Equal("topics", reply.Command);
        Assert.True(reply.Ok);
    }

    [Theory]
    [InlineData("subscribe", "New START")]
    [InlineData("unsubscribe", "all")]
    public async Task Dispatch_AdminCommandFromAMember_IsRefusedPolitelyAndTheHandlerNeverRuns(string command, string text)
    {
        var handler = new Mock<ICommandHandler>(MockBehavior.Strict);
        handler.SetupGet(h => h.Name).Returns(command);

        var reply = await Dispatcher(handler.Object).DispatchAsync(TestCommands.Text(command, text, TestCommands.Member), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("Only the chat's admins", reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
        handler.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Dispatch_ReadOnlyCommandFromAMember_IsAnswered()
    {
        var reply = await Dispatcher(Handler("brief")).DispatchAsync(TestCommands.Text("brief", "NATO", TestCommands.Member), CancellationToken.None);

        Assert.True(reply.Ok);
    }

    [Fact]
    public async Task Dispatch_AdminCommandFromAnAdmin_ReachesTheHandlerWithTypedOptions()
    {
        ChatCommand? seen = null;
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns("subscribe");
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback<ChatCommand, CancellationToken>((c, _) => seen = c)
            .ReturnsAsync(new Reply { Command = "subscribe" });

        await Dispatcher(handler.Object).DispatchAsync(TestCommands.Text("subscribe", "NATO 2w europe/berlin 9pm"), CancellationToken.None);

        Assert.NotNull(seen);
        Assert.Equal("NATO", seen.Options.Text("topic"));
        Assert.Equal([TimeSpan.FromDays(14)], seen.Options.LeadTimes("lead_times"));
        Assert.Equal("Europe/Berlin", seen.Options.TimeZone("time_zone"));
        Assert.Equal(new TimeOnly(21, 0), seen.Options.TimeOfDay("hour"));
        Assert.Equal(ChatRole.Admin, seen.Sender.Role);
    }

    [Fact]
    public async Task Dispatch_BadOptionValue_AnswersWithTheProblemAndUsageAndSkipsTheHandler()
    {
        var handler = new Mock<ICommandHandler>(MockBehavior.Strict);
        handler.SetupGet(h => h.Name).Returns("upcoming");

        var reply = await Dispatcher(handler.Object).DispatchAsync(TestCommands.Text("upcoming", "soon"), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Equal("The days must be a whole number from 1 to 3660, not \u201Csoon\u201D. Usage: /upcoming [days]", reply.Paragraphs[0].ToString());
    }

    private static CommandDispatcher Dispatcher(params ICommandHandler[] handlers) => new(handlers, NullLogger<CommandDispatcher>.Instance);

    private static ICommandHandler Handler(string name)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Reply { Command = name });
        return handler.Object;
    }
}
