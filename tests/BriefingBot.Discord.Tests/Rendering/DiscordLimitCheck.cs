using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

/// <summary>
/// Checks a message against every limit Discord puts on one the bot sends, written apart from the renderer (its numbers
/// are Discord's, from developers/resources/message.mdx and the OpenAPI schemas, not the renderer's constants; a test
/// compares both with the spec). Lengths are UTF-16 code units, never fewer than the characters Discord counts.
/// Also checks what Discord would refuse or show broken: blank names and values, an empty message, duplicate custom_ids,
/// a cut inside an escape or a surrogate pair.
/// </summary>
internal static class DiscordLimitCheck
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int Total = 6000;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Url = 2048;
    public const int Rows = 5;
    public const int ButtonsPerRow = 5;
    public const int Label = 80;
    public const int CustomId = 100;

    /// <summary>Every limit the message breaks, as readable lines; none when it is fine.</summary>
    public static IReadOnlyList<string> Violations(RenderedMessage message, bool fileAttached = false)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        void CheckText(string? text, int max, string what, bool markdown)
        {
            if (text is null)
            {
                return;
            }

            Check(text.Length <= max, $"{what} has {text.Length} characters, over {max}");
            Check(text.Trim().Length > 0, $"{what} is blank");
            Check(Markdown.SurrogatesPaired(text), $"{what} has a lone surrogate");
            Check(!markdown || !Markdown.EndsInsideEscape(text), $"{what} ends inside an escape");
        }

        CheckText(message.Content, Content, "content", markdown: true);
        Check(
            message.Content is not null || message.Embeds.Count > 0 || message.Components.Count > 0 || fileAttached,
            "the message has no content, embed, component or file");
        Check(message.Embeds.Count <= Embeds, $"{message.Embeds.Count} embeds, over {Embeds}");

        var total = 0;
        for (var e = 0; e < message.Embeds.Count; e++)
        {
            var embed = message.Embeds[e];
            var at = $"embed {e}";
            CheckText(embed.Title, Title, $"{at} title", markdown: true);
            CheckText(embed.Description, Description, $"{at} description", markdown: true);
            CheckText(embed.Footer, Footer, $"{at} footer", markdown: false);
            Check(embed.Fields.Count <= Fields, $"{at} has {embed.Fields.Count} fields, over {Fields}");
            Check(
                embed.Title is not null || embed.Description is not null || embed.Fields.Count > 0 || embed.Footer is not null,
                $"{at} is empty");
            if (embed.Url is { } url)
            {
                Check(url.Length <= Url, $"{at} url over {Url}");
                Check(
                    Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps),
                    $"{at} url is not absolute http(s)");
            }

            total += (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Length ?? 0);
            for (var f = 0; f < embed.Fields.Count; f++)
            {
                var field = embed.Fields[f];
                CheckText(field.Name, FieldName, $"{at} field {f} name", markdown: true);
                CheckText(field.Value, FieldValue, $"{at} field {f} value", markdown: true);
                total += field.Name.Length + field.Value.Length;
            }
        }

        Check(total <= Total, $"the embeds hold {total} characters, over {Total}");

        Check(message.Components.Count <= Rows, $"{message.Components.Count} action rows, over {Rows}");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in message.Components)
        {
            Check(row.Buttons.Count is >= 1 and <= ButtonsPerRow, $"a row of {row.Buttons.Count} buttons");
            foreach (var button in row.Buttons)
            {
                CheckText(button.Label, Label, $"label \"{button.Label}\"", markdown: false);
                Check(button.CustomId.Length is >= 1 and <= CustomId, $"custom_id \"{button.CustomId}\" has {button.CustomId.Length} characters");
                Check(ids.Add(button.CustomId), $"custom_id \"{button.CustomId}\" is used twice");
            }
        }

        return problems;
    }

    /// <summary>Asserts that every message of a reply is within every limit and only the last carries components.</summary>
    public static void AssertWithinLimits(IReadOnlyList<RenderedMessage> messages, bool fileAttached = false)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.Empty(Violations(messages[i], fileAttached && i == messages.Count - 1));
            if (i < messages.Count - 1)
            {
                Assert.Empty(messages[i].Components);
            }
        }
    }
}
