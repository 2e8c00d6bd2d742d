using BriefingBot.Core.Content;

namespace BriefingBot.Core.Tests.Text;

/// <summary>One content file as the tests see it: the raw text, its front matter and where its body starts.</summary>
internal sealed record ContentFile(string Id, string FullText, string Body, int FirstBodyLine, ArticleMetadata Metadata);

/// <summary>
/// Reads the articles under content/articles of this repository (the nearest such folder above the test binaries).
/// </summary>
internal static class ContentCorpus
{
    public static readonly string[] ArticleIds =
    [
        "is-trump-siding-with-russia",
        "no-tariffs-just-trust",
        "trump-putin-news-what-people-get-wrong",
        "trump-putin-relationship-overview",
        "why-trump-has-a-soft-spot-for-russia",
    ];

    private static readonly Lazy<string> ArticlesFolder = new(FindArticlesFolder);

    public static TheoryData<string> Ids() => new(ArticleIds);

    public static ContentFile Load(string id)
    {
        var fullText = File.ReadAllText(Path.Combine(ArticlesFolder.Value, id + ".md"));
        var file = ArticleFileParser.Parse(id + ".md", fullText);
        return new ContentFile(id, fullText, file.Body, file.FirstBodyLine, file.Metadata);
    }

    public static IEnumerable<ContentFile> LoadAll() => ArticleIds.Select(Load);

    private static string FindArticlesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var articles = Path.Combine(dir.FullName, "content", "articles");
            if (Directory.Exists(articles))
            {
                return articles;
            }
        }

        throw new DirectoryNotFoundException("No content/articles folder above " + AppContext.BaseDirectory);
    }
}
