namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// A piece of message HTML that is never cut: one character, one surrogate pair, one entity such as <c>&amp;amp;</c>,
/// or one tag. <see cref="Length"/> is what it counts towards the Bot API's limit: UTF-16 code units after entity
/// parsing (0 for a tag).
/// </summary>
internal readonly record struct HtmlToken(HtmlTokenKind Kind, string Html, int Length)
{
    /// <summary>The closing tag for an opening one: "&lt;/a&gt;" for "&lt;a href=...&gt;".</summary>
    public string ClosingTag()
    {
        var name = Html.AsSpan(1, Html.Length - 2);
        var space = name.IndexOf(' ');
        return $"</{(space < 0 ? name : name[..space])}>";
    }
}
