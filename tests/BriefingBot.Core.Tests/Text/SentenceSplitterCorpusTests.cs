using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

/// <summary>Properties that must hold for every paragraph of every article in content/.</summary>
public sealed class SentenceSplitterCorpusTests
{
    public static TheoryData<string> ArticleIds => ContentCorpus.Ids();

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Split_EverySentenceOfTheCorpus_IsVerbatimAndInOrder(string id)
    {
        var file = ContentCorpus.Load(id);

        foreach (var paragraph in ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine).Paragraphs)
        {
            var from = 0;
            foreach (var sentence in SentenceSplitter.Split(paragraph.Text))
            {
                Assert.Equal(sentence.Trim(), sentence);
                Assert.NotEmpty(sentence);
                var at = paragraph.Text.IndexOf(sentence, from, StringComparison.Ordinal);
                Assert.True(at >= 0, $"\"{sentence}\" is not verbatim in order in line {paragraph.LineNumber} of {id}");
                Assert.True(
                    string.IsNullOrWhiteSpace(paragraph.Text[from..at]),
                    $"Text was skipped before \"{sentence}\" in line {paragraph.LineNumber} of {id}");
                from = at + sentence.Length;
            }

            Assert.True(string.IsNullOrWhiteSpace(paragraph.Text[from..]), $"The end of line {paragraph.LineNumber} of {id} was dropped");
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Split_SentencesOfAParagraph_RejoinToItsWords(string id)
    {
        var file = ContentCorpus.Load(id);

        foreach (var paragraph in ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine).Paragraphs)
        {
            var rejoined = string.Join(' ', SentenceSplitter.Split(paragraph.Text));

            Assert.Equal(Words(paragraph.Text), Words(rejoined));
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Split_CorpusSentences_NeverEndOnATitleOrStartLowercase(string id)
    {
        var file = ContentCorpus.Load(id);

        foreach (var paragraph in ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine).Paragraphs)
        {
            var sentences = SentenceSplitter.Split(paragraph.Text);
            foreach (var sentence in sentences.Skip(1))
            {
                Assert.False(char.IsLower(sentence[0]), $"\"{sentence}\" starts mid-sentence in line {paragraph.LineNumber} of {id}");
            }

            foreach (var sentence in sentences.SkipLast(1))
            {
                Assert.False(
                    sentence.EndsWith(" Mr.", StringComparison.Ordinal) || sentence.EndsWith(" Sen.", StringComparison.Ordinal) || sentence.EndsWith(" Dr.", StringComparison.Ordinal),
                    $"\"{sentence}\" ends on a title in line {paragraph.LineNumber} of {id}");
            }
        }
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
