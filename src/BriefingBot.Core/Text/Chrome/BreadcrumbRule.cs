using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A navigation trail that starts at "Home" and ends in the title, glued ("HomeLatestTitle") or separated ("Home » News » Title").</summary>
internal sealed class BreadcrumbRule : SingleLineRule
{
    private const int MaxTrailLength = 80;

    public override string Name => ChromeRuleNames.Breadcrumb;

    protected override bool IsChrome(string line, ArticleMetadata metadata)
    {
        // Folding keeps letters as they are, so a trail that starts at "Home" starts so before folding too.
        if (string.IsNullOrWhiteSpace(metadata.Title) || !line.AsSpan().TrimStart().StartsWith("Home", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var folded = TextChars.Fold(line);
        var title = TextChars.Fold(metadata.Title);
        if (folded.Length <= title.Length || !folded.EndsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var trail = folded[..^title.Length];
        return trail.Length <= MaxTrailLength
            && trail.StartsWith("Home", StringComparison.OrdinalIgnoreCase)
            && trail.All(IsTrailChar);
    }

    private static bool IsTrailChar(char c) =>
        char.IsLetterOrDigit(c) || c is ' ' or '&' or '\'' or '»' or '›' or '>' or '/' or '|' or '-';
}
