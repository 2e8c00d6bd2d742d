namespace BriefingBot.Discord.Rendering;

/// <summary>What a run of a markdown line holds, which decides how it is escaped.</summary>
internal enum MarkdownRunKind
{
    /// <summary>The bot's own words: escaped.</summary>
    Bot,

    /// <summary>Text the user typed, echoed back: made inert and escaped (<see cref="DiscordMarkdown.UserText"/>).</summary>
    User,

    /// <summary>Verbatim text from the articles: escaped, never changed otherwise.</summary>
    Corpus,

    /// <summary>Markdown the renderer wrote (a bullet, a masked link, inline code): kept whole and never escaped.</summary>
    Markdown,
}
