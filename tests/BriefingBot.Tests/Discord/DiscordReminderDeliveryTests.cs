using BriefingBot.Core.Chat;
using BriefingBot.Core.Replies;
using BriefingBot.Discord;
using BriefingBot.Discord.Adapter;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Discord;

/// <summary>Reminder posts to Discord channels through the outbound port, against the fake Discord.</summary>
public sealed class DiscordReminderDeliveryTests : IAsyncLifetime
{
    private readonly FakeDiscordServer _api = new();
    private HttpClient _http = null!;
    private DiscordChatPlatform _platform = null!;

    public Task InitializeAsync()
    {
        _http = new HttpClient();
        var options = Options.Create(new DiscordOptions { Token = _api.Token, ApiBaseUrl = new Uri(_api.BaseUrl), RequestTimeout = TimeSpan.FromSeconds(1) });
        _platform = new DiscordChatPlatform(new DiscordRestClient(_http, options, TimeProvider.System, NullLogger<DiscordRestClient>.Instance), NullLogger<DiscordChatPlatform>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Reminder_WhoseFirstPostTimesOut_IsPostedOnceWhenRetriedWithTheSameKey()
    {
        _api.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.Slow(TimeSpan.FromSeconds(3)));
        var message = Reminder(DeliveryKey.From("r", "1", "item", "604800"));

        var first = await _platform.SendAsync(message, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var retry = await _platform.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendFailureKind.Transient, first.Failure?.Kind);
        Assert.True(retry.IsSent);
        Assert.Single(_api.MessagesIn(FakeInteractionFactory.DefaultChannelId));
        Assert.All(_api.RequestsTo(FakeRoutes.CreateMessage), r => Assert.Equal(message.Key.Value, r.Json!["nonce"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(429, SendFailureKind.RateLimited)]
    [InlineData(502, SendFailureKind.Transient)]
    [InlineData(403, SendFailureKind.ChatUnavailable)]
    [InlineData(404, SendFailureKind.ChatUnavailable)]
    [InlineData(400, SendFailureKind.MessageRejected)]
    public async Task Failure_IsClassifiedForTheScheduler(int status, SendFailureKind expected)
    {
        _api.InjectFault(FakeRoutes.CreateMessage, status switch
        {
            429 => FakeDiscordFault.RateLimited(30),
            502 => FakeDiscordFault.ServerError(502),
            403 => FakeDiscordFault.Forbidden(50013),
            404 => FakeDiscordFault.NotFound(10003),
            _ => FakeDiscordFault.InvalidFormBody("embeds.0.description"),
        });

        var result = await _platform.SendAsync(Reminder(DeliveryKey.New()), CancellationToken.None);

        Assert.Equal(expected, result.Failure?.Kind);
        Assert.Empty(_api.MessagesIn(FakeInteractionFactory.DefaultChannelId));
    }

    [Fact]
    public async Task Post_WithEchoedMentions_PingsNobody()
    {
        var reply = new Reply { Command = "reminder", Heading = ReplyText.Of($"About {Echo.Short("@everyone <@123456>")}") };

        await _platform.SendAsync(new OutboundMessage(ConversationRef.Discord(FakeInteractionFactory.DefaultChannelId), reply, DeliveryKey.New()), CancellationToken.None);

        var body = _api.RequestsTo(FakeRoutes.CreateMessage).Single().Json!;
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.DoesNotContain("@everyone", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(DiscordOpenApiValidator.Default.Validate(_api.RequestsTo(FakeRoutes.CreateMessage).Single()));
    }

    private static OutboundMessage Reminder(DeliveryKey key) => new(
        ConversationRef.Discord(FakeInteractionFactory.DefaultChannelId),
        new Reply { Command = "reminder", Heading = "Reminder: The New START Treaty is set to expire", Paragraphs = ["Due February 4, 2026 (in 7 days)."] },
        key);
}
