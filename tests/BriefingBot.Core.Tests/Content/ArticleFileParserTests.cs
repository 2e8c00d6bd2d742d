using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Tests.Content;

public sealed class ArticleFileParserTests
{
    [Fact]
    public void Parse_ValidFile_KeepsTheBodyByteForByte()
    {
        const string Body = "First line.\n\n🔗 Read more: chrome stays in the body\n";

        var file = ArticleFileParser.Parse("a.md", $"---\nid: a-b\ntitle: \"T\"\npublished: 2026-01\n---\n{Body}");

        Assert.Equal(Body, file.Body);
        Assert.Equal(6, file.FirstBodyLine);
        Assert.Equal(DateSpan.InMonth(2026, 1), file.Metadata.Published);
    }

    [Theory]
    [InlineData("no front matter", 1, "front matter")]
    [InlineData("---\nid: a\ntitle: T\npublished: 2026\n", 1, "not closed")]
    [InlineData("---\nid: Not A Slug\ntitle: T\npublished: 2026\n---\n", 2, "'id'")]
    [InlineData("---\nid: a\npublished: 2026\n---\n", 2, "'title'")]
    [InlineData("---\nid: a\ntitle: T\npublished: last year\n---\n", 4, "'published'")]
    [InlineData("---\nid: a\ntitle: T\npublished: 2026\nurl: ftp://x\n---\n", 5, "'url'")]
    [InlineData("---\nid: a\ntitle: [unclosed\npublished: 2026\n---\n", 3, "YAML")]
    public void Parse_BadFile_NamesTheLineAndTheProblem(string text, int line, string problem)
    {
        var error = Assert.Throws<ContentFileException>(() => ArticleFileParser.Parse("articles/x.md", text));

        Assert.Equal("articles/x.md", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }
}
