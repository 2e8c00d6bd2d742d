namespace BriefingBot.Telegram.Rendering;

/// <summary>What a piece of message HTML is: a unit of visible text, an opening tag or a closing tag.</summary>
internal enum HtmlTokenKind
{
    Text,
    Open,
    Close,
}
