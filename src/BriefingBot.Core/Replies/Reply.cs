using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Replies;

/// <summary>
/// What a command answers, before any platform renders it. Only <see cref="Heading"/>, <see cref="Lines"/> and
/// <see cref="Footer"/> hold the bot's own words (templates and help); everything about the news is in
/// <see cref="Summary"/>, <see cref="Quotes"/> and <see cref="Items"/>, verbatim from the corpus with its source.
/// </summary>
public sealed record Reply
{
    public required string Command { get; init; }

    /// <summary>True when the command did what was asked; false for "nothing found", bad arguments, unknown commands.</summary>
    public bool Ok { get; init; } = true;

    public string? Heading { get; init; }

    public IReadOnlyList<string> Lines { get; init; } = [];

    public IReadOnlyList<SummarySentence> Summary { get; init; } = [];

    public IReadOnlyList<QuoteView> Quotes { get; init; } = [];

    public IReadOnlyList<DatedItemView> Items { get; init; } = [];

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public string? Footer { get; init; }

    public ReplyAttachment? Attachment { get; init; }

    public static Reply Problem(string command, string message, IReadOnlyList<string>? suggestions = null) => new()
    {
        Command = command,
        Ok = false,
        Lines = [message],
        Suggestions = suggestions ?? [],
    };
}

/// <summary>Where a piece of corpus text comes from.</summary>
public sealed record SourceRef(string ArticleId, string Title, string? Publisher, DateSpan Published, string? Url);

/// <summary>A summary sentence: verbatim corpus text and the article it comes from.</summary>
public sealed record SummarySentence(string Text, string ArticleId);

/// <summary>A verbatim passage with its attribution.</summary>
public sealed record QuoteView(string Text, SourceRef Source);

/// <summary>A dated item as shown to users: when, what, the verbatim sentence and its source.</summary>
public sealed record DatedItemView(string Key, DateSpan When, string Label, string Quote, SourceRef Source, string? Note = null);

/// <summary>A file to send with the reply, such as an iCalendar export.</summary>
public sealed record ReplyAttachment(string FileName, string MediaType, string Content);
