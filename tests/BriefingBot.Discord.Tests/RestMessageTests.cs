using System.Text;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

public sealed class RestMessageTests
{
    private const ulong Channel = 645027906669510667;

    [Fact]
    public async Task ChannelMessage_CarriesNonce_EnforceNonce_AndParseNothing()
    {
        await using var harness = new DiscordHarness();

        var result = await harness.Rest.CreateMessageAsync(Channel, new OutgoingMessage { Content = "@everyone New START expires" }, "reminder-42-7d");

        Assert.True(result.IsSuccess, result.ToString());
        var body = Assert.Single(harness.Server.Requests).Json!;
        Assert.Equal("reminder-42-7d", body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.Equal("reminder-42-7d", result.Value.Nonce?.GetString());
    }

    [Fact]
    public async Task EveryKindOfMessage_SendsAllowedMentionsParseNothing()
    {
        await using var harness = new DiscordHarness();
        var app = harness.Server.ApplicationId;
        var message = new OutgoingMessage { Content = "hi <@53908232506183680>" };
        var replied = harness.Server.Interactions.SlashCommand("brief");
        var deferred = harness.Server.Interactions.SlashCommand("quote");

        Assert.True((await harness.Rest.RespondToInteractionAsync(replied.Id, replied.Token, InteractionResponse.Reply(message))).IsSuccess);
        Assert.True((await harness.Rest.RespondToInteractionAsync(deferred.Id, deferred.Token, InteractionResponse.Defer(ephemeral: true))).IsSuccess);
        Assert.True((await harness.Rest.EditOriginalResponseAsync(app, deferred.Token, message)).IsSuccess);
        Assert.True((await harness.Rest.CreateFollowupMessageAsync(app, deferred.Token, message)).IsSuccess);
        Assert.True((await harness.Rest.CreateMessageAsync(Channel, message, "n1")).IsSuccess);
        Assert.True((await harness.Rest.CreateMessageAsync(Channel, message, "n2", [new MessageFile("a.ics", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR"))])).IsSuccess);

        var mentions = harness.Server.Requests.Select(r => r.Json!["allowed_mentions"] ?? r.Json!["data"]?["allowed_mentions"]).ToList();
        Assert.Equal(6, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("""{"parse":[]}""", m?.ToJsonString()));
        harness.AssertNoSecretsLogged(replied.Token, deferred.Token);
    }

    [Fact]
    public async Task PostRetriedAfterATimeout_WithTheSameNonce_LeavesOneMessage()
    {
        await using var harness = new DiscordHarness(o => o.RequestTimeout = TimeSpan.FromSeconds(1));
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.Slow(TimeSpan.FromSeconds(30)));
        var reminder = new OutgoingMessage { Content = "New START expires tomorrow" };

        var first = harness.Rest.CreateMessageAsync(Channel, reminder, "reminder-42-1d");
        await harness.Server.WaitForRequestAsync(FakeRoutes.CreateMessage);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var timedOut = await first.WaitAsync(TimeSpan.FromSeconds(10));
        var retried = await harness.Rest.CreateMessageAsync(Channel, reminder, "reminder-42-1d");

        Assert.IsType<DiscordRestFailure.Transient>(timedOut.Failure);
        Assert.True(retried.IsSuccess, retried.ToString());
        var stored = Assert.Single(harness.Server.MessagesIn(Channel));
        Assert.Equal(stored.Id, retried.Value.Id);
        Assert.Equal(2, harness.Server.RequestsTo(FakeRoutes.CreateMessage).Count);
    }

    [Fact]
    public async Task Files_GoAsMultipart_WithPayloadJsonAndFilesParts()
    {
        await using var harness = new DiscordHarness();
        var calendar = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

        var result = await harness.Rest.CreateMessageAsync(Channel, new OutgoingMessage { Content = "Upcoming" }, "n1",
            [new MessageFile("upcoming.ics", calendar, "text/calendar", "Upcoming dates")]);

        Assert.True(result.IsSuccess, result.ToString());
        var request = Assert.Single(harness.Server.Requests);
        Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(["payload_json", "files[0]"], request.Parts.Select(p => p.Name));
        var file = request.Parts[1];
        Assert.Equal("upcoming.ics", file.FileName);
        Assert.Equal(calendar, file.Content);
        var attachment = request.Json!["attachments"]!.AsArray().Single()!;
        Assert.Equal("0", attachment["id"]!.GetValue<string>());
        Assert.Equal("upcoming.ics", attachment["filename"]!.GetValue<string>());
        Assert.Equal("upcoming.ics", Assert.Single(result.Value.Attachments!).Filename);
    }

    [Fact]
    public async Task Commands_AreRegisteredWithStringPermissions_ContextsAndIntegrationTypes()
    {
        await using var harness = new DiscordHarness();
        ApplicationCommandDefinition[] commands =
        [
            new()
            {
                Name = "subscribe",
                Description = "Remind this chat before dated items fall due",
                DefaultMemberPermissions = DiscordPermissions.ManageGuild,
                Contexts = [InteractionContextType.Guild],
                IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
            },
        ];

        var result = await harness.Rest.OverwriteGlobalCommandsAsync(harness.Server.ApplicationId, commands);

        Assert.True(result.IsSuccess, result.ToString());
        var sent = Assert.Single(harness.Server.Requests).Json!.AsArray().Single()!;
        Assert.Equal("32", sent["default_member_permissions"]!.GetValue<string>());
        Assert.Equal("[0]", sent["contexts"]!.ToJsonString());
        Assert.Equal("[0]", sent["integration_types"]!.ToJsonString());
        var registered = Assert.Single(result.Value);
        Assert.NotEqual(0UL, registered.Id);
        Assert.Equal(DiscordPermissions.ManageGuild, registered.DefaultMemberPermissions);
        Assert.Equal("subscribe", harness.Server.GlobalCommands.Single()!["name"]!.GetValue<string>());
    }

    [Fact]
    public void ButtonCustomId_LongerThan100Characters_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => DiscordButton.Action(new string('x', 101), "More"));
        Assert.Equal(100, DiscordButton.Action(new string('x', 100), "More").CustomId!.Length);
    }

    [Fact]
    public async Task Nonce_LongerThan25Characters_IsRefusedBeforeSending()
    {
        await using var harness = new DiscordHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Rest.CreateMessageAsync(Channel, new OutgoingMessage { Content = "x" }, new string('n', 26)));
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task SecondInitialResponse_IsRejectedAsAlreadyAcknowledged()
    {
        await using var harness = new DiscordHarness();
        var interaction = harness.Server.Interactions.SlashCommand("brief");
        await harness.Rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Defer());

        var again = await harness.Rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Defer());

        Assert.Equal(DiscordErrorCodes.InteractionAlreadyAcknowledged, Assert.IsType<DiscordRestFailure.Rejected>(again.Failure).Code);
        Assert.Equal(5, harness.Server.InteractionState(interaction)!.ResponseType);
        harness.AssertNoSecretsLogged(interaction.Token);
    }
}
