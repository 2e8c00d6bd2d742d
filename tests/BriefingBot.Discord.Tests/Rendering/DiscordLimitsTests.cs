using System.Text.Json;
using BriefingBot.Discord.Rendering;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Rendering;

/// <summary>
/// The renderer's limits and the test oracle's, against Discord's OpenAPI spec (specs/discord/openapi.json,
/// found by walking up from the test's folder, or at BRIEFINGBOT_DISCORD_SPEC). The spec has no 6,000-character total
/// and no 5-row cap; those two are from the docs (developers/resources/message.mdx) and are pinned here as numbers.
/// </summary>
public sealed class DiscordLimitsTests
{
    private static readonly Lazy<JsonElement> Schemas = new(() =>
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(OpenApiSpecLocator.Find()));
        return spec.RootElement.GetProperty("components").GetProperty("schemas").Clone();
    });

    [Theory]
    [InlineData("RichEmbed", "title", "maxLength", DiscordLimits.TitleLength, DiscordLimitCheck.Title)]
    [InlineData("RichEmbed", "description", "maxLength", DiscordLimits.DescriptionLength, DiscordLimitCheck.Description)]
    [InlineData("RichEmbed", "fields", "maxItems", DiscordLimits.FieldsPerEmbed, DiscordLimitCheck.Fields)]
    [InlineData("RichEmbed", "url", "maxLength", DiscordLimits.EmbedUrlLength, DiscordLimitCheck.Url)]
    [InlineData("RichEmbedField", "name", "maxLength", DiscordLimits.FieldNameLength, DiscordLimitCheck.FieldName)]
    [InlineData("RichEmbedField", "value", "maxLength", DiscordLimits.FieldValueLength, DiscordLimitCheck.FieldValue)]
    [InlineData("RichEmbedFooter", "text", "maxLength", DiscordLimits.FooterLength, DiscordLimitCheck.Footer)]
    [InlineData("ButtonComponentForMessageRequest", "label", "maxLength", DiscordLimits.ButtonLabelLength, DiscordLimitCheck.Label)]
    [InlineData("ButtonComponentForMessageRequest", "custom_id", "maxLength", DiscordLimits.CustomIdLength, DiscordLimitCheck.CustomId)]
    [InlineData("ActionRowComponentForMessageRequest", "components", "maxItems", DiscordLimits.ButtonsPerRow, DiscordLimitCheck.ButtonsPerRow)]
    [InlineData("IncomingWebhookInteractionRequest", "content", "maxLength", DiscordLimits.ContentLength, DiscordLimitCheck.Content)]
    [InlineData("IncomingWebhookInteractionRequest", "embeds", "maxItems", DiscordLimits.EmbedsPerMessage, DiscordLimitCheck.Embeds)]
    [InlineData("MessageCreateRequest", "embeds", "maxItems", DiscordLimits.EmbedsPerMessage, DiscordLimitCheck.Embeds)]
    public void Limit_AgreesWithTheOpenApiSpec(string schema, string property, string keyword, int renderer, int oracle)
    {
        var spec = Schemas.Value.GetProperty(schema).GetProperty("properties").GetProperty(property).GetProperty(keyword).GetInt32();

        Assert.Equal(spec, renderer);
        Assert.Equal(spec, oracle);
    }

    [Fact]
    public void DocumentedLimits_ArePinned()
    {
        Assert.Equal(6000, DiscordLimits.EmbedTotalLength);
        Assert.Equal(6000, DiscordLimitCheck.Total);
        Assert.Equal(5, DiscordLimits.ActionRows);
        Assert.Equal(5, DiscordLimitCheck.Rows);
    }

    [Fact]
    public void ButtonStyles_HaveTheSpecsValues()
    {
        var styles = Schemas.Value.GetProperty("ButtonStyleTypes").GetProperty("oneOf").EnumerateArray()
            .ToDictionary(s => s.GetProperty("title").GetString()!, s => s.GetProperty("const").GetInt32());

        Assert.Equal((int)DiscordButtonStyle.Primary, styles["PRIMARY"]);
        Assert.Equal((int)DiscordButtonStyle.Secondary, styles["SECONDARY"]);
        Assert.Equal((int)DiscordButtonStyle.Success, styles["SUCCESS"]);
        Assert.Equal((int)DiscordButtonStyle.Danger, styles["DANGER"]);
    }
}
