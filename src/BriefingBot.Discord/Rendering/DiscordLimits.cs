namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Discord's limits on a message the bot sends (developers/resources/message.mdx, the OpenAPI schemas
/// <c>RichEmbed</c>, <c>RichEmbedField</c>, <c>ButtonComponentForMessageRequest</c>). Lengths are counted here in
/// UTF-16 code units, which is never fewer than the characters Discord counts, so staying within them is safe.
/// </summary>
internal static class DiscordLimits
{
    public const int ContentLength = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTotalLength = 6000;
    public const int TitleLength = 256;
    public const int DescriptionLength = 4096;
    public const int FieldsPerEmbed = 25;
    public const int FieldNameLength = 256;
    public const int FieldValueLength = 1024;
    public const int FooterLength = 2048;
    public const int EmbedUrlLength = 2048;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabelLength = 80;
    public const int CustomIdLength = 100;
}
