using System.Text.RegularExpressions;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

public sealed class RestRequestHeadersTests
{
    [Fact]
    public async Task BotRoute_SendsBotTokenAndDiscordBotUserAgent_ToTheConfiguredBaseUrl()
    {
        await using var harness = new DiscordHarness();

        var result = await harness.Rest.GetGatewayBotAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(harness.Server.GatewayUrl, result.Value.Url);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/api/v10/gateway/bot", request.Path);
        Assert.Equal(AuthorizationKind.BotToken, request.Authorization);
        Assert.Equal("Bot [redacted]", request.Header("Authorization"));
        Assert.Matches(new Regex(@"^DiscordBot \(https://github\.com/briefingbot/briefingbot, \d+\.\d+\.\d+\)$"), request.Header("User-Agent"));
    }

    [Fact]
    public async Task InteractionRoutes_AuthenticateByInteractionToken_WithoutTheBotToken()
    {
        await using var harness = new DiscordHarness();
        var interaction = harness.Server.Interactions.SlashCommand("brief");

        var result = await harness.Rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Defer());

        Assert.True(result.IsSuccess, result.ToString());
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(FakeRoutes.CreateInteractionResponse, request.Route);
        Assert.Equal(AuthorizationKind.None, request.Authorization);
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        harness.AssertNoSecretsLogged(interaction.Token);
    }

    [Fact]
    public void ApiBaseUrl_DefaultsToDiscordV10()
    {
        Assert.Equal(new Uri("https://discord.com/api/v10"), new DiscordOptions().ApiBaseUrl);
    }

    [Theory]
    [InlineData("", "Discord:Token is empty")]
    [InlineData("Bot abc.def.ghi", "without")]
    [InlineData("abc def", "whitespace")]
    public void InvalidToken_FailsValidation_NamingTheSetting_WithoutShowingTheToken(string token, string expected)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = token });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.OrdinalIgnoreCase);
        if (token.Length > 0)
        {
            Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
