using BriefingBot.Core.Content;
using BriefingBot.Core.Text.Chrome;

namespace BriefingBot.Core.Text;

/// <summary>
/// Turns a scraped article body into paragraphs: page chrome is dropped by named rules (see <see cref="ChromeRuleNames"/>),
/// every other non-blank line becomes one paragraph whose text is a verbatim substring of the body.
/// </summary>
public static class ArticleTextParser
{
    /// <param name="body">The article body exactly as stored (everything after the front matter).</param>
    /// <param name="metadata">The front matter; its title and author help recognise repeated titles and author boxes.</param>
    /// <param name="firstBodyLine">The 1-based line of the file on which <paramref name="body"/> starts.</param>
    public static ParsedArticleText Parse(string body, ArticleMetadata metadata, int firstBodyLine)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(metadata);

        var lines = ReadNonBlankLines(body, firstBodyLine);
        var paragraphs = new List<Paragraph>();
        var removed = new List<RemovedLine>();

        for (var i = 0; i < lines.Count;)
        {
            var (rule, consumed) = ChromeRules.FirstMatch(lines, i, metadata);
            if (rule is not null)
            {
                for (var k = i; k < i + consumed; k++)
                {
                    removed.Add(new RemovedLine(lines[k].LineNumber, lines[k].Text, rule.Name));
                }

                i += consumed;
                continue;
            }

            var (kind, text) = ParagraphClassifier.Classify(lines[i].Text);
            if (text.Length > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, kind, text, lines[i].LineNumber));
            }

            i++;
        }

        return new ParsedArticleText(paragraphs, removed);
    }

    private static List<SourceLine> ReadNonBlankLines(string body, int firstBodyLine)
    {
        var result = new List<SourceLine>();
        var lineNumber = firstBodyLine;
        foreach (var line in body.Split('\n'))
        {
            var text = line.Trim();
            if (text.Length > 0)
            {
                result.Add(new SourceLine(lineNumber, text));
            }

            lineNumber++;
        }

        return result;
    }
}
