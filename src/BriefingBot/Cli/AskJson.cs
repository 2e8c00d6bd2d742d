using System.Text.Json.Serialization;
using BriefingBot.Core.Replies;

namespace BriefingBot.Host.Cli;

/// <summary>The <c>ask --json</c> contract: one object per answer. Documented in the README; tests pin it.</summary>
public sealed record AskJson(
    bool Ok,
    string Command,
    string Text,
    IReadOnlyList<AskJsonSentence> Summary,
    IReadOnlyList<AskJsonQuote> Quotes,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<AskJsonItem> Items,
    AskJsonAttachment? Attachment)
{
    public static AskJson From(Reply reply) => new(
        reply.Ok,
        reply.Command,
        PlainTextReplyRenderer.Render(reply),
        [.. reply.Summary.Select(s => new AskJsonSentence(s.Text, s.ArticleId))],
        [.. reply.Quotes.Select(q => new AskJsonQuote(q.Text, q.Source.ArticleId, q.Source.Title, q.Source.Publisher, q.Source.Published.ToIsoString(), q.Source.Url))],
        reply.Suggestions,
        [.. reply.Items.Select(i => new AskJsonItem(i.Key, i.When.ToIsoString(), i.When.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.When.Precision.ToString().ToLowerInvariant(), i.Label, i.Quote, i.Source.ArticleId, i.Source.Title, i.Source.Publisher, i.Source.Published.ToIsoString(), i.Source.Url, i.Note))],
        reply.Attachment is { } a ? new AskJsonAttachment(a.FileName, a.MediaType, a.Content) : null);
}

public sealed record AskJsonAttachment(string FileName, string MediaType, string Content);

public sealed record AskJsonSentence(string Text, string ArticleId);

public sealed record AskJsonQuote(string Text, string ArticleId, string Title, string? Publisher, string Published, string? Url);

public sealed record AskJsonItem(
    string Key,
    string Date,
    string End,
    string Precision,
    string Label,
    string Quote,
    string ArticleId,
    string Title,
    string? Publisher,
    string Published,
    string? Url,
    string? Note);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(AskJson))]
internal sealed partial class AskJsonContext : JsonSerializerContext;
