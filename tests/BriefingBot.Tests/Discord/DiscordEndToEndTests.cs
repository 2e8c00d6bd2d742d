using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Storage;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Time.Testing;
using static BriefingBot.Testing.Discord.FakeInteractionFactory;

namespace BriefingBot.Tests.Discord;

/// <summary>The whole bot on Discord: the real host, its gateway and REST client, and a fake Discord on loopback.</summary>
public sealed class DiscordEndToEndTests
{
    [Fact]
    public async Task Start_RegistersTheCatalogueInTheGuildWithReminderCommandsForManageChannels()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync();

        var commands = bot.Api.GuildCommands(DefaultGuildId)!.Select(c => c!).ToArray();
        var subscribe = commands.Single(c => c["name"]!.GetValue<string>() == "subscribe");
        var brief = commands.Single(c => c["name"]!.GetValue<string>() == "brief");

        Assert.Equal("16", subscribe["default_member_permissions"]!.ToString());
        Assert.True(brief["options"]![0]!["autocomplete"]!.GetValue<bool>());
        Assert.Equal(11, commands.Length);
    }

    [Fact]
    public async Task BriefWithATopicOption_AnswersWithAnEmbedHoldingTheExpiryQuoteAndNoMentions()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync();

        var state = await bot.InteractAsync(bot.Api.Interactions.SlashCommand("brief", [StringOption("topic", "New START")]));

        Assert.Equal(4, state.ResponseType);
        Assert.Contains("February 4, 2026", DiscordBotUnderTest.EmbedText(state.ResponseData), StringComparison.Ordinal);
        var callback = bot.Api.RequestsTo(FakeRoutes.CreateInteractionResponse).Single();
        Assert.Equal("[]", callback.Json!["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task Autocomplete_OffersTheMatchingTopicsFirst()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync();

        var state = await bot.InteractAsync(bot.Api.Interactions.Autocomplete("brief", "topic", "new st"));

        Assert.Equal(8, state.ResponseType);
        var choices = state.ResponseData!["choices"]!.AsArray();
        Assert.Equal("New START", choices[0]!["name"]!.GetValue<string>());
        Assert.InRange(choices.Count, 1, 25);
    }

    [Fact]
    public async Task NextPageButton_UpdatesTheTimelineMessageInPlace()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync();
        var first = await bot.InteractAsync(bot.Api.Interactions.SlashCommand("timeline"));
        var next = Buttons(first.ResponseData).Single(b => b.Label == "Next page");
        Assert.Equal("cmd:/timeline page 2", next.CustomId);

        var paged = await bot.InteractAsync(bot.Api.Interactions.ButtonClick(next.CustomId, first.OriginalMessageId ?? 1));

        Assert.Equal(7, paged.ResponseType);
        Assert.Contains("Page 2 of", paged.ResponseData!["embeds"]![0]!["footer"]?["text"]?.ToString() + DiscordBotUnderTest.EmbedText(paged.ResponseData), StringComparison.Ordinal);
        Assert.Contains(Buttons(paged.ResponseData), b => b.Label == "Previous page");
    }

    [Fact]
    public async Task SlowReply_IsDeferredThenEditedIn()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync("--Discord:DeferAfter", "00:00:00");

        var interaction = bot.Api.Interactions.SlashCommand("brief", [StringOption("topic", "New START")]);
        var state = await bot.InteractAsync(interaction);
        var edit = await bot.Api.WaitForRequestAsync(FakeRoutes.EditOriginalResponse, timeout: DiscordBotUnderTest.Patience);

        Assert.Equal(5, state.ResponseType);
        Assert.Contains("February 4, 2026", DiscordBotUnderTest.EmbedText(edit.Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberWithoutManageChannels_CannotSubscribe()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync();

        var state = await bot.InteractAsync(bot.Api.Interactions.SlashCommand("subscribe", [StringOption("topic", "NATO")], permissions: "0"));

        Assert.Contains("Only the chat's admins", DiscordBotUnderTest.EmbedText(state.ResponseData) + state.ResponseData?["content"], StringComparison.Ordinal);
        Assert.Empty(await new SqliteSubscriptionStore(new SqliteDatabase(bot.DatabasePath)).ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ZombieConnection_IsResumedAndTheNextInteractionIsAnswered()
    {
        // Not much shorter: on a loaded machine an ACK of the second connection may come late enough for the bot to take
        // that one for a zombie too (the likely cause of one failure with 300 ms, the whole suite running on two cores).
        await using var bot = new DiscordBotUnderTest(heartbeat: TimeSpan.FromSeconds(1));
        await bot.StartAsync();
        var first = await bot.Api.Gateway.WaitForConnectionAsync(1, DiscordBotUnderTest.Patience);

        first.WithholdAcks = true;
        var closed = await first.WaitForCloseAsync(DiscordBotUnderTest.Patience);
        var second = await bot.Api.Gateway.WaitForConnectionAsync(2, DiscordBotUnderTest.Patience);
        await second.WaitForFrameAsync(6, timeout: DiscordBotUnderTest.Patience);

        // The fake notes the Resume frame before it takes the session over: an interaction dispatched in between is
        // recorded for a replay that may already have been sent, and never reaches the bot.
        await Eventually.TrueAsync(() => second.Resumed, "the fake gateway finishes the resume");
        var state = await bot.InteractAsync(bot.Api.Interactions.SlashCommand("topics"));

        Assert.NotEqual(1000, closed);
        Assert.Equal(4, state.ResponseType);
    }

    [Fact]
    public async Task Close4004_StopsWithOneClearLineAndNoReconnect()
    {
        await using var bot = new DiscordBotUnderTest();
        await bot.StartAsync();
        var connection = await bot.Api.Gateway.WaitForConnectionAsync(1, DiscordBotUnderTest.Patience);

        await connection.CloseAsync(4004, "Authentication failed.");
        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Message.Contains("Discord__Token", StringComparison.Ordinal)));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(bot.Logs.Lines, l => l.Message.Contains("4004", StringComparison.Ordinal) && l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        await Assert.ThrowsAnyAsync<Exception>(() => bot.Api.Gateway.WaitForConnectionAsync(2, TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task AdminSubscription_PostsItsReminderOnceWithEmptyAllowedMentions()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-20T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var bot = new DiscordBotUnderTest(clock);
        await bot.StartAsync();

        var subscribed = await bot.InteractAsync(bot.Api.Interactions.SlashCommand("subscribe", [StringOption("topic", "New START"), StringOption("lead_times", "7d")]));
        Assert.Contains("Subscribed.", DiscordBotUnderTest.EmbedText(subscribed.ResponseData), StringComparison.Ordinal);
        clock.SetUtcNow(DateTimeOffset.Parse("2026-01-28T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var post = await Eventually.AdvancingClockAsync(clock, bot.Api.WaitForRequestAsync(FakeRoutes.CreateMessage, timeout: TimeSpan.FromSeconds(30)));
        await Task.Delay(500);

        Assert.Contains("February 4, 2026", DiscordBotUnderTest.EmbedText(post.Json), StringComparison.Ordinal);
        Assert.Equal("[]", post.Json!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.True(post.Json["enforce_nonce"]!.GetValue<bool>());
        Assert.Single(
            bot.Api.MessagesIn(DefaultChannelId),
            m => m.Kind == FakeMessageKind.Channel && m.Json["embeds"]?[0]?["title"]?.ToString() == "Reminder: The New START Treaty is set to expire");
    }

    private static IEnumerable<(string Label, string CustomId)> Buttons(JsonNode? body) =>
        (body?["components"]?.AsArray() ?? [])
            .SelectMany(row => row!["components"]!.AsArray())
            .Select(b => (b!["label"]!.GetValue<string>(), b["custom_id"]!.GetValue<string>()));
}
