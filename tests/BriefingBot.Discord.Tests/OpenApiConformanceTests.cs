using System.Text;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

public sealed class OpenApiConformanceTests
{
    private const ulong Channel = 645027906669510667;
    private const ulong Guild = 290926798626357999;

    [Fact]
    public async Task EveryRequestTheClientMakes_MatchesDiscordsOpenApiSpec()
    {
        await using var harness = new DiscordHarness();
        var rest = harness.Rest;
        var app = harness.Server.ApplicationId;
        var briefing = new OutgoingMessage
        {
            Content = "New START: from 2 articles",
            Embeds =
            [
                new DiscordEmbed
                {
                    Title = "New START",
                    Description = "The treaty expires on February 4, 2026.",
                    Url = "https://example.org/articles/new-start",
                    Color = 0x5865F2,
                    Timestamp = DiscordHarness.Start,
                    Fields = [new EmbedField { Name = "Source", Value = "Reuters, 2026-01-10", Inline = true }],
                    Footer = new EmbedFooter { Text = "Quoted verbatim from the corpus" },
                },
            ],
            Components = [new ActionRow(DiscordButton.Action("timeline:new-start:2", "Next page"), DiscordButton.Link("https://example.org/articles/new-start", "Read"))],
        };

        Assert.True((await rest.GetGatewayBotAsync()).IsSuccess);
        Assert.True((await rest.GetCurrentApplicationAsync()).IsSuccess);
        Assert.True((await rest.OverwriteGlobalCommandsAsync(app, Commands())).IsSuccess);
        Assert.True((await rest.OverwriteGuildCommandsAsync(app, Guild, Commands())).IsSuccess);

        var command = harness.Server.Interactions.SlashCommand("brief", [FakeInteractionFactory.StringOption("topic", "New START")]);
        Assert.True((await rest.RespondToInteractionAsync(command.Id, command.Token, InteractionResponse.Reply(briefing))).IsSuccess);
        Assert.True((await rest.CreateFollowupMessageAsync(app, command.Token, new OutgoingMessage { Content = "More", Flags = MessageFlags.Ephemeral })).IsSuccess);

        var deferred = harness.Server.Interactions.SlashCommand("timeline");
        Assert.True((await rest.RespondToInteractionAsync(deferred.Id, deferred.Token, InteractionResponse.Defer(ephemeral: true))).IsSuccess);
        Assert.True((await rest.EditOriginalResponseAsync(app, deferred.Token, briefing)).IsSuccess);

        var autocomplete = harness.Server.Interactions.Autocomplete("brief", "topic", "new s");
        var choices = new[] { ApplicationCommandOptionChoice.String("New START", "new-start"), ApplicationCommandOptionChoice.String("Shadow fleet", "shadow-fleet") };
        Assert.True((await rest.RespondToInteractionAsync(autocomplete.Id, autocomplete.Token, InteractionResponse.Autocomplete(choices))).IsSuccess);

        var sentMessage = harness.Server.Messages.First();
        var click = harness.Server.Interactions.ButtonClick("timeline:new-start:2", sentMessage.Id);
        Assert.True((await rest.RespondToInteractionAsync(click.Id, click.Token, InteractionResponse.UpdateMessage(briefing))).IsSuccess);
        var otherClick = harness.Server.Interactions.ButtonClick("timeline:new-start:3", sentMessage.Id);
        Assert.True((await rest.RespondToInteractionAsync(otherClick.Id, otherClick.Token, InteractionResponse.DeferUpdate())).IsSuccess);

        Assert.True((await rest.CreateMessageAsync(Channel, briefing, "reminder-1")).IsSuccess);
        Assert.True((await rest.CreateMessageAsync(Channel, new OutgoingMessage { Content = "Calendar" }, "calendar-1",
            [new MessageFile("upcoming.ics", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR"), "text/calendar", "Upcoming")])).IsSuccess);

        var requests = harness.Server.Requests;
        Assert.Equal(13, requests.Count);
        Assert.All(requests, r => Assert.True(r.StatusCode is 200 or 204, r.ToString()));
        var problems = requests.SelectMany(r => DiscordOpenApiValidator.Default.Validate(r).Select(p => $"{r}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        harness.AssertNoSecretsLogged(command.Token, deferred.Token, autocomplete.Token, click.Token, otherClick.Token);
    }

    private static ApplicationCommandDefinition[] Commands() =>
    [
        new()
        {
            Name = "brief",
            Description = "A short summary of a topic with quotes",
            Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "A topic or any words", Required = true, Autocomplete = true, MaxLength = 100 }],
            Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel],
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
        },
        new()
        {
            Name = "timeline",
            Description = "Dated items in date order",
            Options =
            [
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "A topic", Autocomplete = true },
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.Integer, Name = "page", Description = "Page number", MinValue = 1, MaxValue = 100 },
            ],
        },
        new()
        {
            Name = "subscribe",
            Description = "Remind this chat before dated items fall due",
            DefaultMemberPermissions = DiscordPermissions.ManageGuild,
            Contexts = [InteractionContextType.Guild],
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = "lead_times",
                    Description = "When to remind",
                    Choices = [ApplicationCommandOptionChoice.String("A week and a day", "7d,1d"), ApplicationCommandOptionChoice.String("The day", "0d")],
                },
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.Boolean, Name = "quiet", Description = "Suppress notifications" },
            ],
        },
        new()
        {
            Name = "admin",
            Description = "Maintenance",
            DefaultMemberPermissions = 0,
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.SubCommand,
                    Name = "reindex",
                    Description = "Rebuild the store",
                    Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.Boolean, Name = "force", Description = "Even if unchanged" }],
                },
            ],
        },
    ];
}
