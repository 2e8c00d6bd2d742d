using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Dates;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BriefingBot.Core.Content;

/// <summary>A parsed content file: its front matter and the article body exactly as published.</summary>
public sealed record ArticleFile(ArticleMetadata Metadata, string Body, int FirstBodyLine, string ContentHash);

/// <summary>
/// Reads an article file: YAML front matter between two <c>---</c> lines, then the body verbatim.
/// Required keys: <c>id</c> (a lowercase slug), <c>title</c>, <c>published</c> ("2026-01-17", "2026-01" or "2026").
/// Optional: <c>publisher</c>, <c>site</c>, <c>author</c>, <c>url</c>; other keys are notes for curators.
/// </summary>
public static partial class ArticleFileParser
{
    private const string Fence = "---";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .IgnoreUnmatchedProperties()
        .Build();

    public static ArticleFile Parse(string path, string text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal) && !text.StartsWith(Fence + "\r\n", StringComparison.Ordinal))
        {
            throw new ContentFileException(path, 1, "expected front matter starting with a '---' line");
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var (frontMatterEnd, bodyStart, closingLine) = FindClosingFence(text, firstLineEnd)
            ?? throw new ContentFileException(path, 1, "front matter is not closed by a '---' line");

        var yaml = text[firstLineEnd..frontMatterEnd];
        FrontMatter? frontMatter;
        try
        {
            frontMatter = Yaml.Deserialize<FrontMatter>(yaml);
        }
        catch (YamlException ex)
        {
            throw new ContentFileException(path, (int)ex.Start.Line + 1, "front matter is not valid YAML: " + FirstLine(ex.Message));
        }

        if (frontMatter is null)
        {
            throw new ContentFileException(path, 2, "front matter is empty");
        }

        var metadata = Validate(path, frontMatter, yaml);
        return new ArticleFile(metadata, text[bodyStart..], closingLine + 1, hash);
    }

    private static (int FrontMatterEnd, int BodyStart, int ClosingLine)? FindClosingFence(string text, int from)
    {
        var line = 2;
        var position = from;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            if (content.SequenceEqual(Fence))
            {
                return (position, end < 0 ? text.Length : end + 1, line);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return null;
    }

    private static ArticleMetadata Validate(string path, FrontMatter frontMatter, string yaml)
    {
        int LineOf(string key)
        {
            var lines = yaml.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
                {
                    return i + 2;
                }
            }

            return 2;
        }

        if (string.IsNullOrWhiteSpace(frontMatter.Id) || !SlugPattern().IsMatch(frontMatter.Id))
        {
            throw new ContentFileException(path, LineOf("id"), "'id' must be a lowercase slug such as 'new-start-expiry'");
        }

        if (string.IsNullOrWhiteSpace(frontMatter.Title))
        {
            throw new ContentFileException(path, LineOf("title"), "'title' is required");
        }

        if (!DateSpan.TryParseIso(frontMatter.Published, out var published))
        {
            throw new ContentFileException(path, LineOf("published"), "'published' must be a date such as 2026-01-17, 2026-01 or 2026");
        }

        if (frontMatter.Url is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ContentFileException(path, LineOf("url"), "'url' must be an absolute http(s) address");
        }

        return new ArticleMetadata(
            frontMatter.Id,
            frontMatter.Title.Trim(),
            Blank(frontMatter.Publisher),
            Blank(frontMatter.Site),
            Blank(frontMatter.Author),
            published,
            Blank(frontMatter.Url));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex SlugPattern();

    private sealed class FrontMatter
    {
        [YamlMember(Alias = "id")]
        public string? Id { get; set; }

        [YamlMember(Alias = "title")]
        public string? Title { get; set; }

        [YamlMember(Alias = "publisher")]
        public string? Publisher { get; set; }

        [YamlMember(Alias = "site")]
        public string? Site { get; set; }

        [YamlMember(Alias = "author")]
        public string? Author { get; set; }

        [YamlMember(Alias = "published")]
        public string? Published { get; set; }

        [YamlMember(Alias = "url")]
        public string? Url { get; set; }
    }
}
