using BriefingBot.Core.Tests.Text;
using BriefingBot.Core.Text;
using BriefingBot.Core.Text.Roles;

namespace BriefingBot.Core.Tests.Text.Roles;

/// <summary>Sentence roles on the seed corpus: the lines a reader would not want in a summary, found by reading it.</summary>
public sealed class SentenceRoleCorpusTests
{
    private static readonly Lazy<Dictionary<string, SentenceRole>> Roles = new(Load);

    [Theory]
    [InlineData("Politico. (2024).", SentenceRole.Citation)]
    [InlineData("BBC. (2024).", SentenceRole.Citation)]
    [InlineData("Kommersant. (2025)", SentenceRole.Citation)]
    [InlineData("\u201CTrump and NATO: A Love-Hate Relationship\u201D", SentenceRole.Citation)]
    [InlineData("[Lavrov\u2019s statements on US-Russia relations]", SentenceRole.Citation)]
    [InlineData("Read the full interviews with the New York Times or Reuters.", SentenceRole.Advice)]
    [InlineData("Read the Transcripts: Don't just watch the clips.", SentenceRole.Advice)]
    [InlineData("Check for official statements regarding the New START Treaty extension before the February 4 deadline to see if nuclear stability remains a priority for both administrations.", SentenceRole.Advice)]
    [InlineData("Does Trump support NATO?", SentenceRole.Question)]
    [InlineData("It feels upside down.", SentenceRole.Filler)]
    [InlineData("Formally.", SentenceRole.ListFragment)]
    [InlineData("Cybersecurity", SentenceRole.ListFragment)]
    [InlineData("Lavrov confirmed:", SentenceRole.ListFragment)]
    [InlineData("Lavrov squarely blamed the Biden White House for the war:", SentenceRole.ListFragment)]
    [InlineData("Monitor the Oil Price: Some Russian oil is already selling for $35 a barrel.", SentenceRole.Advice)]
    [InlineData("The Nuclear Clock is Ticking", SentenceRole.Heading)]
    [InlineData("The New START Treaty is set to expire on February 4, 2026.", SentenceRole.Statement)]
    [InlineData("Territory: Putin wants the Donbas and Crimea.", SentenceRole.Statement)]
    [InlineData("In August 2025, President Trump and President Putin met in Anchorage, Alaska, marking their first in-person encounter in several years.", SentenceRole.Statement)]
    public void Classify_SeedCorpus_GivesTheRoleAReaderWould(string sentence, SentenceRole expected)
    {
        Assert.True(Roles.Value.TryGetValue(sentence, out var role), $"not a sentence of the corpus: {sentence}");
        Assert.Equal(expected, role);
    }

    [Fact]
    public void Classify_SeedCorpus_NoReferenceListEntryIsAStatement()
    {
        var file = ContentCorpus.Load("no-tariffs-just-trust");
        var parsed = ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine);
        var split = parsed.WithSentences();
        var roles = SentenceRoleClassifier.Classify(split);
        var references = Array.FindIndex(split, p => p.Paragraph.Text == "References");

        Assert.True(references > 0);
        Assert.All(roles.Skip(references + 1).SelectMany(r => r), role => Assert.Equal(SentenceRole.Citation, role));
    }

    private static Dictionary<string, SentenceRole> Load()
    {
        var roles = new Dictionary<string, SentenceRole>(StringComparer.Ordinal);
        foreach (var file in ContentCorpus.LoadAll())
        {
            var parsed = ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine);
            var split = parsed.WithSentences();
            var classified = SentenceRoleClassifier.Classify(split);
            for (var p = 0; p < split.Length; p++)
            {
                for (var s = 0; s < split[p].Sentences.Count; s++)
                {
                    roles.TryAdd(split[p].Sentences[s], classified[p][s]);
                }
            }
        }

        return roles;
    }
}
