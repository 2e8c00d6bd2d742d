namespace BriefingBot.Core.Text;

/// <summary>The names under which <see cref="ArticleTextParser"/> reports each kind of page chrome it removes.</summary>
public static class ChromeRuleNames
{
    /// <summary>An emoji- or symbol-led "Label: headline" link to another story ("🔗 Read more: ...", "👉 See also: ...").</summary>
    public const string PromoLink = "PromoLink";

    /// <summary>A line that repeats the article's title from the front matter.</summary>
    public const string RepeatedTitle = "RepeatedTitle";

    /// <summary>A navigation trail ending in the title ("HomeLatestNo Tariffs...", "Home » News » ...").</summary>
    public const string Breadcrumb = "Breadcrumb";

    /// <summary>A line that is nothing but a date ("Monday, April 21, 2025").</summary>
    public const string Dateline = "Dateline";

    /// <summary>A page metadata label left empty or holding only a date ("Date:", "Publication:").</summary>
    public const string MetadataLabel = "MetadataLabel";

    /// <summary>A story-list widget: its header ("Related stories", "Latest stories") and its headline-plus-teaser pairs.</summary>
    public const string RelatedStoriesBlock = "RelatedStoriesBlock";

    /// <summary>An advertising slot placeholder ("spot_img", "Advertisement").</summary>
    public const string AdPlaceholder = "AdPlaceholder";

    /// <summary>The author's name shown alone (often twice) and the bio paragraph that follows it.</summary>
    public const string AuthorBox = "AuthorBox";

    /// <summary>Comment form prompts ("LEAVE A REPLY", "Please enter your comment!", "Your email address will not be published...").</summary>
    public const string CommentForm = "CommentForm";

    /// <summary>Cookie consent text ("Privacy Overview", "This website uses cookies...").</summary>
    public const string CookieNotice = "CookieNotice";

    /// <summary>A link to the publishing site's home page ("Read More on kentdaily.co.uk").</summary>
    public const string SiteLink = "SiteLink";

    /// <summary>The |---|---| row under a markdown table header.</summary>
    public const string TableSeparator = "TableSeparator";
}
