using System.Text;
using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A line of a message before escaping: runs of raw text and of our own markdown, an emphasis for the whole line, and
/// a <see cref="Prefix"/> written before it and after each of its line breaks ("&gt; " for a block quote).
/// <see cref="Render"/> escapes each run for its kind and position; a line too long for its place is cut into lines
/// of the same shape by <see cref="MarkdownLineSplitter"/>, so every piece is escaped, quoted and emphasised on its own.
/// </summary>
internal sealed record MarkdownLine(IReadOnlyList<MarkdownRun> Runs, LineEmphasis Emphasis = LineEmphasis.None, string Prefix = "")
{
    public bool IsBlank => Runs.All(r => string.IsNullOrWhiteSpace(r.Text));

    /// <summary>Reply text as a line: the bot's words and the user's, on one line.</summary>
    public static MarkdownLine Of(ReplyText text, LineEmphasis emphasis = LineEmphasis.None) =>
        new([.. text.Spans.Select(s => new MarkdownRun(s.Text, s.Kind == TextKind.User ? MarkdownRunKind.User : MarkdownRunKind.Bot))], emphasis);

    public MarkdownLine With(IReadOnlyList<MarkdownRun> runs) => this with { Runs = runs };

    /// <summary>
    /// The line as markdown. A run of text is escaped as at the start of a line when it begins the line or follows a
    /// line break, so a piece cut from the middle of a sentence is escaped as the line start it becomes.
    /// An emphasised line is trimmed inside its markers, since Discord does not emphasise "** text **".
    /// An empty line renders as "".
    /// </summary>
    public string Render()
    {
        var lineBreak = "\n" + Prefix;
        var body = new StringBuilder();
        foreach (var run in Runs)
        {
            if (run.Kind == MarkdownRunKind.Markdown)
            {
                body.Append(run.Text);
                continue;
            }

            var atLineStart = body.Length == 0 || EndsWith(body, lineBreak);
            var text = run.Kind == MarkdownRunKind.User ? DiscordMarkdown.MentionProof(run.Text) : run.Text;
            body.Append(DiscordMarkdown.Escape(text, atLineStart, lineBreak));
        }

        var markdown = body.ToString();
        if (Emphasis != LineEmphasis.None)
        {
            markdown = markdown.Trim();
        }

        if (markdown.Length == 0)
        {
            return string.Empty;
        }

        var marker = Emphasis switch
        {
            LineEmphasis.Italic => "*",
            LineEmphasis.Bold => "**",
            _ => string.Empty,
        };
        return string.Concat(Prefix, marker, markdown, marker);
    }

    private static bool EndsWith(StringBuilder text, string end)
    {
        if (text.Length < end.Length)
        {
            return false;
        }

        for (var i = 0; i < end.Length; i++)
        {
            if (text[text.Length - end.Length + i] != end[i])
            {
                return false;
            }
        }

        return true;
    }
}
