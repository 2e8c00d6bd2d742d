using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>Every chrome rule, in the order they are tried; block rules come before the single-line rules they overlap.</summary>
internal static class ChromeRules
{
    public static IReadOnlyList<IChromeRule> All { get; } =
    [
        new RelatedStoriesBlockRule(),
        new AuthorBoxRule(),
        new RepeatedTitleRule(),
        new BreadcrumbRule(),
        new DatelineRule(),
        new MetadataLabelRule(),
        new PromoLinkRule(),
        new AdPlaceholderRule(),
        new CommentFormRule(),
        new CookieNoticeRule(),
        new SiteLinkRule(),
        new TableSeparatorRule(),
    ];

    public static (IChromeRule? Rule, int Consumed) FirstMatch(IReadOnlyList<SourceLine> lines, int index, ArticleMetadata metadata)
    {
        foreach (var rule in All)
        {
            var consumed = rule.Match(lines, index, metadata);
            if (consumed > 0)
            {
                return (rule, consumed);
            }
        }

        return (null, 0);
    }
}
