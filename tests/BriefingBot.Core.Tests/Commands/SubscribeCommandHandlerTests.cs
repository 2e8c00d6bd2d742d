using BriefingBot.Core.Commands;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using Moq;

namespace BriefingBot.Core.Tests.Commands;

public sealed class SubscribeCommandHandlerTests
{
    private static readonly ConversationRef Group = new("telegram", "-100");

    [Fact]
    public async Task Subscribe_FromAMemberWhoIsNotAnAdmin_IsRefusedAndSavesNothing()
    {
        var subscriptions = new Mock<ISubscriptionStore>(MockBehavior.Strict);
        using var changes = new ReminderChangeSignal();
        var presenter = new DatedItemPresenter(Mock.Of<IArticleStore>(), Mock.Of<IDatedItemStore>(), subscriptions.Object);
        var handler = new SubscribeCommandHandler(subscriptions.Object, presenter, changes);

        var reply = await handler.HandleAsync(
            new ChatCommand("subscribe", "New START", Group, DateTimeOffset.UnixEpoch, SenderCanManage: false), CancellationToken.None);

        Assert.False(reply.Ok);
        Assert.Contains("admins", reply.Lines[0], StringComparison.Ordinal);
        subscriptions.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Unsubscribe_FromAMemberWhoIsNotAnAdmin_IsRefusedAndRemovesNothing()
    {
        var subscriptions = new Mock<ISubscriptionStore>(MockBehavior.Strict);
        using var changes = new ReminderChangeSignal();
        var presenter = new DatedItemPresenter(Mock.Of<IArticleStore>(), Mock.Of<IDatedItemStore>(), subscriptions.Object);
        var handler = new UnsubscribeCommandHandler(subscriptions.Object, presenter, changes);

        var reply = await handler.HandleAsync(
            new ChatCommand("unsubscribe", "all", Group, DateTimeOffset.UnixEpoch, SenderCanManage: false), CancellationToken.None);

        Assert.False(reply.Ok);
        subscriptions.VerifyNoOtherCalls();
    }
}
