using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests;

public sealed class RestFailureTests
{
    private const ulong Channel = 645027906669510667;
    private static readonly OutgoingMessage Hello = new() { Content = "hello" };

    [Fact]
    public async Task Unauthorized_IsNotRetried_AndNoLaterCallSendsTheTokenAgain()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.GetGatewayBot, FakeDiscordFault.Unauthorized());

        var first = await harness.Rest.GetGatewayBotAsync();
        var later = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");

        Assert.IsType<DiscordRestFailure.Unauthorized>(first.Failure);
        Assert.IsType<DiscordRestFailure.Unauthorized>(later.Failure);
        Assert.True(harness.Rest.IsTokenRejected);
        Assert.Single(harness.Server.Requests);
        var error = Assert.Single(harness.Logs.AtLeast(LogLevel.Error));
        Assert.Contains("Discord__Token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, 50013, typeof(DiscordRestFailure.Unavailable))]
    [InlineData(403, 50001, typeof(DiscordRestFailure.Unavailable))]
    [InlineData(404, 10003, typeof(DiscordRestFailure.Unavailable))]
    [InlineData(403, 20028, typeof(DiscordRestFailure.Forbidden))]
    [InlineData(404, 10008, typeof(DiscordRestFailure.NotFound))]
    public async Task ForbiddenAndNotFound_AreTypedByCode_AndNotRetried(int status, int code, Type expected)
    {
        await using var harness = new DiscordHarness();
        var fault = status == 403 ? FakeDiscordFault.Forbidden(code, "refused") : FakeDiscordFault.NotFound(code, "unknown");
        harness.Server.InjectFault(FakeRoutes.CreateMessage, fault, times: 5);

        var result = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");

        Assert.IsType(expected, result.Failure);
        Assert.Single(harness.Server.Requests);
        if (result.Failure is DiscordRestFailure.Unavailable unavailable)
        {
            Assert.Equal(code, unavailable.Code);
            Assert.Equal(status, unavailable.StatusCode);
        }
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task ServerErrors_AreReturnedAsTransient_WithoutRetrying(int status)
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.ServerError(status), times: 5);

        var result = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");

        var transient = Assert.IsType<DiscordRestFailure.Transient>(result.Failure);
        Assert.Equal(status, transient.StatusCode);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task DroppedConnection_IsReturnedAsTransient()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.Drop());

        var result = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");

        var transient = Assert.IsType<DiscordRestFailure.Transient>(result.Failure);
        Assert.StartsWith("network error", transient.Reason, StringComparison.Ordinal);
        Assert.Null(transient.StatusCode);
    }

    [Fact]
    public async Task InvalidFormBody_IsRejected_WithTheFieldErrorsFlattened()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.InvalidFormBody("embeds.0.description", "BASE_TYPE_MAX_LENGTH", "Must be 4096 or fewer in length."));

        var result = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");

        var rejected = Assert.IsType<DiscordRestFailure.Rejected>(result.Failure);
        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal(DiscordErrorCodes.InvalidFormBody, rejected.Code);
        Assert.Equal("Invalid Form Body", rejected.Message);
        Assert.Equal(["embeds.0.description: BASE_TYPE_MAX_LENGTH: Must be 4096 or fewer in length."], rejected.FieldErrors);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task LateInteractionResponse_IsNotFound_UnknownInteraction()
    {
        await using var harness = new DiscordHarness();
        var interaction = harness.Server.Interactions.SlashCommand("brief");
        harness.Time.Advance(TimeSpan.FromSeconds(3.5));

        var result = await harness.Rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Reply(Hello));

        var notFound = Assert.IsType<DiscordRestFailure.NotFound>(result.Failure);
        Assert.Equal(DiscordErrorCodes.UnknownInteraction, notFound.Code);
        harness.AssertNoSecretsLogged(interaction.Token);
    }
}
