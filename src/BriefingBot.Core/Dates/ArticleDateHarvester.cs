using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Content;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Dates;

/// <summary>A dated item found in an article, with the paragraph it came from (kept so topics can be re-tagged).</summary>
public sealed record HarvestedItem(DatedItem Item, int ParagraphIndex, string Expression);

/// <summary>
/// Finds the dated items of one article at ingest: every date in its running text and list items (headings and
/// table cells repeat what the text says), each with the verbatim sentence as its quote, a label made of that
/// sentence's words, and the topics its sentence (or, failing that, its paragraph) names. Given the sentences' roles,
/// only statements count (and what follows an advice line's label, when that is one): a reference entry's year, an
/// advice line's deadline or a question's date is not an item.
/// </summary>
public static class ArticleDateHarvester
{
    public static IReadOnlyList<HarvestedItem> Harvest(
        ArticleMetadata article,
        IReadOnlyList<(Paragraph Paragraph, IReadOnlyList<string> Sentences)> paragraphs,
        TopicMatcher topics,
        IReadOnlyList<SentenceRole[]>? roles = null)
    {
        var items = new List<HarvestedItem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (paragraph, sentences) = paragraphs[p];
            if (paragraph.Kind is not (ParagraphKind.Body or ParagraphKind.ListItem))
            {
                continue;
            }

            IReadOnlyList<string>? paragraphTopics = null;

            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (roles is not null && roles[p][s] != SentenceRole.Statement
                    && !(roles[p][s] == SentenceRole.Advice && SentenceRoleClassifier.IsStatementAfterAdviceLabel(sentence, paragraph.Kind)))
                {
                    continue;
                }

                IReadOnlyList<string>? sentenceTopics = null;
                foreach (var date in DateExtractor.Extract(sentence, article.Published))
                {
                    var key = KeyFor(article.Id, sentence, date);
                    if (!keys.Add(key))
                    {
                        continue;
                    }

                    var item = new DatedItem(
                        key,
                        article.Id,
                        date.When,
                        DatedItemLabel.From(sentence, date),
                        sentence,
                        sentenceTopics ??= OwnOr(topics.TopicIdsIn(sentence), () => paragraphTopics ??= topics.TopicIdsIn(paragraph.Text)),
                        DatedItemOrigin.Extracted)
                    {
                        Expression = date.Expression,
                    };
                    items.Add(new HarvestedItem(item, paragraph.Index, date.Expression));
                }
            }
        }

        return items;
    }

    /// <summary>The topics a sentence names, or else those its paragraph names.</summary>
    public static IReadOnlyList<string> TopicsOf(TopicMatcher topics, string sentence, string paragraph) =>
        OwnOr(topics.TopicIdsIn(sentence), () => topics.TopicIdsIn(paragraph));

    private static IReadOnlyList<string> OwnOr(IReadOnlyList<string> own, Func<IReadOnlyList<string>> paragraph) =>
        own.Count > 0 ? own : paragraph();

    /// <summary>Stable across re-ingests of the same text: the article, the sentence and the date expression in it.</summary>
    public static string KeyFor(string articleId, string sentence, ExtractedDate date)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{sentence}\u001F{date.Expression}\u001F{date.Index}"));
        return $"{articleId}:{Convert.ToHexStringLower(hash)[..12]}";
    }
}
