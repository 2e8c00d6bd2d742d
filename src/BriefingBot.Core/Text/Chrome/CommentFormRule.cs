using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>The prompts of a blog comment form, in any case and with or without trailing "!", "*" or ".".</summary>
internal sealed class CommentFormRule : SingleLineRule
{
    private const int MaxFormLineLength = 160;

    private static readonly string[] Prompts =
    [
        "leave a reply",
        "leave a comment",
        "post a comment",
        "post comment",
        "cancel reply",
        "please enter your comment",
        "please enter your name here",
        "you have entered an incorrect email address",
        "your email address will not be published",
        "save my name, email, and website in this browser for the next time i comment",
    ];

    public override string Name => ChromeRuleNames.CommentForm;

    protected override bool IsChrome(string line, ArticleMetadata metadata)
    {
        if (line.Length > MaxFormLineLength)
        {
            return false;
        }

        var folded = TextChars.Fold(line).TrimEnd('!', '*', '.', ':', ' ');
        return Prompts.Any(prompt =>
            folded.StartsWith(prompt, StringComparison.OrdinalIgnoreCase)
            && (folded.Length == prompt.Length || folded[prompt.Length] is '.' or '!'));
    }
}
