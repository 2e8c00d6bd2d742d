using System.Text.Json;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Json;
using BriefingBot.Discord.Models;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

public sealed class WireFormatTests
{
    [Fact]
    public void DocsInteraction_ReadsSnowflakesAsExactULongs_AndPermissionsFromTheirString()
    {
        var json = File.ReadAllText(Example("interaction_application_command_cardsearch.json"));

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordInteraction)!;

        Assert.Equal(786008729715212338UL, interaction.Id);
        Assert.Equal(290926798626357999UL, interaction.GuildId);
        Assert.Equal(645027906669510667UL, interaction.ChannelId);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("cardsearch", interaction.Data!.Name);
        Assert.Equal("The Gitrog Monster", Assert.Single(interaction.Data.Options!).ValueText);
        Assert.Equal(53908232506183680UL, interaction.Invoker!.Id);
        Assert.Equal(2147483647UL, interaction.Member!.Permissions);
        Assert.True(interaction.Member.HasPermission(DiscordPermissions.ManageGuild));
        Assert.Equal(539082325061836999UL, Assert.Single(interaction.Member.Roles!));
    }

    [Fact]
    public void DocsAutocomplete_MarksTheFocusedOption()
    {
        var json = File.ReadAllText(Example("interaction_autocomplete_partial.json"));

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordInteraction)!;

        var option = Assert.Single(interaction.Data!.Options!);
        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, interaction.Type);
        Assert.True(option.Focused);
        Assert.Equal("data a user is typ", option.ValueText);
    }

    [Fact]
    public void Snowflakes_AreWrittenAsStrings_NeverAsNumbers()
    {
        var text = JsonSerializer.Serialize(new DiscordUser { Id = 18014398509481985UL, Username = "x" }, DiscordJsonContext.Default.DiscordUser);

        Assert.Contains("\"id\":\"18014398509481985\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Heartbeat_WritesANullSequenceExplicitly()
    {
        Assert.Equal("""{"op":1,"d":null}""", JsonSerializer.Serialize(new HeartbeatCommand(null), DiscordJsonContext.Default.HeartbeatCommand));
        Assert.Equal("""{"op":1,"d":251}""", JsonSerializer.Serialize(new HeartbeatCommand(251), DiscordJsonContext.Default.HeartbeatCommand));
    }

    [Fact]
    public void Identify_HasTheDocsShape_WithIntentsZero()
    {
        var identify = new IdentifyCommand(new IdentifyData("my_token", 0, new IdentifyProperties("linux", "BriefingBot", "BriefingBot")));

        Assert.Equal("""{"op":2,"d":{"token":"my_token","intents":0,"properties":{"os":"linux","browser":"BriefingBot","device":"BriefingBot"}}}""",
            JsonSerializer.Serialize(identify, DiscordJsonContext.Default.IdentifyCommand));
    }

    private static string Example(string name) =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(DiscordOpenApiValidator.Default.SpecPath)))!, "specs", "examples", "discord", name);
}
