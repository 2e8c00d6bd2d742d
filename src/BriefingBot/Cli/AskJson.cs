using System.Text.Json.Serialization;
using BriefingBot.Core.Replies;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The <c>ask --json</c> contract: one object per answer. Documented in the README; tests pin it. Fields are only
/// ever added: <c>suggestions</c> stays a list of labels, and <c>suggested</c> says what each one is.
/// </summary>
public sealed record AskJson(
    bool Ok,
    string Command,
    string Text,
    string? Heading,
    IReadOnlyList<AskJsonSentence> Summary,
    IReadOnlyList<AskJsonQuote> Quotes,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<AskJsonSuggestion> Suggested,
    IReadOnlyList<AskJsonItem> Items,
    IReadOnlyList<AskJsonEntry> Entries,
    IReadOnlyList<AskJsonAction> Actions,
    AskJsonAttachment? Attachment)
{
    public static AskJson From(Reply reply) => new(
        reply.Ok,
        reply.Command,
        PlainTextReplyRenderer.Render(reply),
        reply.Heading?.ToString(),
        [.. reply.Summary.Select(s => new AskJsonSentence(s.Text, s.ArticleId, s.Source.Title, s.Source.Publisher, s.Source.Published.ToIsoString(), s.Source.Url))],
        [.. reply.Quotes.Select(q => new AskJsonQuote(q.Text, q.Source.ArticleId, q.Source.Title, q.Source.Publisher, q.Source.Published.ToIsoString(), q.Source.Url))],
        [.. reply.Suggestions.Select(s => s.Label)],
        [.. reply.Suggestions.Select(s => new AskJsonSuggestion(s.Kind.ToString().ToLowerInvariant(), s.Label, s.Invocation.Text))],
        [.. reply.Items.Select(i => new AskJsonItem(i.Key, i.When.ToIsoString(), i.When.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.When.Precision.ToString().ToLowerInvariant(), i.Label, i.Quote, i.Source.ArticleId, i.Source.Title, i.Source.Publisher, i.Source.Published.ToIsoString(), i.Source.Url, i.Note, [.. i.AlsoIn.Select(a => a.ArticleId)]))],
        [.. reply.Entries.Select(e => new AskJsonEntry(e.Text.ToString(), e.Source?.ArticleId, e.Action?.Text))],
        [.. reply.Actions.Select(a => new AskJsonAction(a.Label, a.Invocation.Command, a.Invocation.Options, a.Invocation.Text))],
        reply.Attachment is { } a ? new AskJsonAttachment(a.FileName, a.MediaType, a.Content) : null);
}

public sealed record AskJsonAttachment(string FileName, string MediaType, string Content);

public sealed record AskJsonSentence(string Text, string ArticleId, string Title, string? Publisher, string Published, string? Url);

public sealed record AskJsonQuote(string Text, string ArticleId, string Title, string? Publisher, string Published, string? Url);

/// <summary>A suggestion: "topic" or "command", what to show, and the chat text that follows it up.</summary>
public sealed record AskJsonSuggestion(string Kind, string Label, string Command);

/// <summary>A list entry: its text, the article it stands for, and the chat text that opens it.</summary>
public sealed record AskJsonEntry(string Text, string? ArticleId, string? Command);

/// <summary>A follow-up: a label, the command name and options, and the equivalent chat text.</summary>
public sealed record AskJsonAction(string Label, string Command, IReadOnlyDictionary<string, string> Options, string Text);

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
    string? Note,
    IReadOnlyList<string> AlsoIn);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(AskJson))]
internal sealed partial class AskJsonContext : JsonSerializerContext;
