using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Replies;

/// <summary>
/// What a command answers, as structure with no formatting in it: each platform's renderer decides how it looks.
/// <see cref="Heading"/>, <see cref="Paragraphs"/> and <see cref="Footer"/> hold the bot's own words, with any echoed
/// user text marked (<see cref="ReplyText"/>); everything about the news is in <see cref="Summary"/>,
/// <see cref="Quotes"/>, <see cref="Items"/> and <see cref="Entries"/>, verbatim from the corpus with its source.
/// <see cref="Actions"/> and <see cref="Suggestions"/> are commands a renderer may offer as buttons or hints.
/// </summary>
public sealed record Reply
{
    public required string Command { get; init; }

    /// <summary>True when the command did what was asked; false for "nothing found", bad arguments, unknown commands.</summary>
    public bool Ok { get; init; } = true;

    public ReplyText? Heading { get; init; }

    /// <summary>The bot's own sentences, one paragraph each.</summary>
    public IReadOnlyList<ReplyText> Paragraphs { get; init; } = [];

    public IReadOnlyList<SummarySentence> Summary { get; init; } = [];

    public IReadOnlyList<QuoteView> Quotes { get; init; } = [];

    public IReadOnlyList<DatedItemView> Items { get; init; } = [];

    /// <summary>A list: topics, articles, subscriptions, upcoming reminders.</summary>
    public IReadOnlyList<ReplyEntry> Entries { get; init; } = [];

    /// <summary>What the user might have meant, or might try next.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    /// <summary>Follow-up commands: the next page, brief this topic, subscribe, stop reminders.</summary>
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    public ReplyText? Footer { get; init; }

    public ReplyAttachment? Attachment { get; init; }

    public static Reply Problem(string command, ReplyText message, IReadOnlyList<Suggestion>? suggestions = null) => new()
    {
        Command = command,
        Ok = false,
        Paragraphs = [message],
        Suggestions = suggestions ?? [],
    };
}

/// <summary>Where a piece of corpus text comes from.</summary>
public sealed record SourceRef(string ArticleId, string Title, string? Publisher, DateSpan Published, string? Url)
{
    public static SourceRef From(ArticleMetadata article) =>
        new(article.Id, article.Title, article.Publisher ?? article.Site, article.Published, article.Url);

    /// <summary>For an article that is no longer in the store: its id stands in for the title.</summary>
    public static SourceRef Unknown(string articleId, DateSpan published) => new(articleId, articleId, null, published, null);
}

/// <summary>A summary sentence: verbatim corpus text and the article it comes from.</summary>
public sealed record SummarySentence(string Text, SourceRef Source)
{
    public string ArticleId => Source.ArticleId;
}

/// <summary>A verbatim passage with its attribution.</summary>
public sealed record QuoteView(string Text, SourceRef Source);

/// <summary>A dated item as shown to users: when, what, the verbatim sentence and its source.</summary>
public sealed record DatedItemView(string Key, DateSpan When, string Label, string Quote, SourceRef Source, string? Note = null)
{
    /// <summary>The other articles that mention the same event, in date order.</summary>
    public IReadOnlyList<SourceRef> AlsoIn { get; init; } = [];
}

/// <summary>One entry of a list, with the article it stands for (if any) and a command that opens it (if any).</summary>
public sealed record ReplyEntry(ReplyText Text, SourceRef? Source = null, CommandInvocation? Action = null);

/// <summary>A command with its options, and the chat text that runs it ("/timeline New START page 2").</summary>
public sealed record CommandInvocation(string Command, IReadOnlyDictionary<string, string> Options, string Text);

/// <summary>A follow-up the bot offers: a label a button can show, and the command it runs.</summary>
public sealed record ReplyAction(string Label, CommandInvocation Invocation);

/// <summary>Whether a suggestion is a topic to ask about or a command to run.</summary>
public enum SuggestionKind
{
    Topic,
    Command,
}

/// <summary>A suggestion: a topic or a command, with the command that follows it up.</summary>
public sealed record Suggestion(SuggestionKind Kind, string Label, CommandInvocation Invocation);

/// <summary>A file to send with the reply, such as an iCalendar export.</summary>
public sealed record ReplyAttachment(string FileName, string MediaType, string Content);
