using BriefingBot.Core.Content;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Threats to pull the U.S. out of NATO or stop defending allies.")]
    [InlineData("as U.S. Ambassador to NATO Matthew Whitaker put it.")]
    [InlineData("No traditional U.S. President would keep the sanctions on forever.")]
    [InlineData("Trump gave Sen. Graham the go-ahead.")]
    [InlineData("Mr. Witkoff and Dr. Rice met Gen. Kellogg.")]
    [InlineData("The talks moved to St. Petersburg last week.")]
    [InlineData("The treaty expires on Feb. 4 and talks resume on Jan. 20 in Geneva.")]
    [InlineData("Shadow diplomacy (e.g. backchannels with North Korea) is back, i.e. nothing new.")]
    [InlineData("Backchannels (e.g., with North Korea and Saudi Arabia) returned.")]
    [InlineData("It is the U.S. vs. Russia again.")]
    [InlineData("Some Russian oil is already selling for $35 a barrel.")]
    [InlineData("Spending rose to 5% of GDP, then 3.5% of a larger budget.")]
    [InlineData("A proposed $800 billion reconstruction package is on the table.")]
    [InlineData("John F. Kennedy met Khrushchev in Vienna.")]
    [InlineData("Russia and the US… must do everything possible to prevent contradictions.")]
    [InlineData("Russia and the US... must do everything possible to prevent contradictions.")]
    [InlineData("Trump initiated direct talks with Russia in February… marking their third meeting this year.")]
    [InlineData("Watch the \"Last Yard\" Negotiations: A Ukrainian delegation is headed to D.C. right now (January 17).")]
    [InlineData("Trump’s advisers—real estate guys at heart—reportedly look at those territories as \"trim.\"")]
    [InlineData("He asked \"why?\" and walked out.")]
    [InlineData("Kommersant. (2025)")]
    [InlineData("The summit took place in Washington, D.C.")]
    public void Split_AbbreviationsNumbersAndInnerPunctuation_KeepOneSentence(string text)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([text], sentences);
    }

    [Theory]
    [InlineData("the career diplomats in D.C. He sees it as a series of deals.", "the career diplomats in D.C.", "He sees it as a series of deals.")]
    [InlineData("The deal was signed in the U.S. The Kremlin objected.", "The deal was signed in the U.S.", "The Kremlin objected.")]
    [InlineData("Trump says Putin is \"ready to make a deal.\" Then he left.", "Trump says Putin is \"ready to make a deal.\"", "Then he left.")]
    [InlineData("He called it the “lowest point since the Cold War.” Putin was blunt.", "He called it the “lowest point since the Cold War.”", "Putin was blunt.")]
    [InlineData("They called it ‘a waste of time.’ Europe disagreed.", "They called it ‘a waste of time.’", "Europe disagreed.")]
    [InlineData("Is that true? Well, sort of.", "Is that true?", "Well, sort of.")]
    [InlineData("Wait, sanctions! Yes. This is the confusing part.", "Wait, sanctions!", "Yes.", "This is the confusing part.")]
    [InlineData("It’s a \"spheres of influence\" model. \"You take your backyard, I'll take mine.\"", "It’s a \"spheres of influence\" model.", "\"You take your backyard, I'll take mine.\"")]
    [InlineData("Russia wants it all… The war goes on.", "Russia wants it all…", "The war goes on.")]
    [InlineData("Putin wants the Donbas and Crimea. Formally. Legally. Forever.", "Putin wants the Donbas and Crimea.", "Formally.", "Legally.", "Forever.")]
    [InlineData("Expect a spike in spending (and tension). Putin believes he can outlast them.", "Expect a spike in spending (and tension).", "Putin believes he can outlast them.")]
    [InlineData("The treaty expires in Feb. It will not be renewed.", "The treaty expires in Feb.", "It will not be renewed.")]
    [InlineData("Trade fell in 2025. 2026 began with new tariffs.", "Trade fell in 2025.", "2026 began with new tariffs.")]
    [InlineData("He was a lecturer. (He also wrote books.) Then he left.", "He was a lecturer.", "(He also wrote books.)", "Then he left.")]
    [InlineData("A Ukrainian delegation is headed to D.C. right now (January 17). If they don't walk away with a package, the war will escalate.", "A Ukrainian delegation is headed to D.C. right now (January 17).", "If they don't walk away with a package, the war will escalate.")]
    public void Split_SentenceEnds_CutAfterTerminatorAndClosingQuote(string text, params string[] expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, sentences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Split_BlankText_HasNoSentences(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_TextWithoutFinalPunctuation_IsOneSentence()
    {
        Assert.Equal(["The 2018 Helsinki Summit"], SentenceSplitter.Split("  The 2018 Helsinki Summit  "));
    }

    [Fact]
    public void Split_Paragraphs_NumbersSentencesWithinEachParagraphAndKeepsKind()
    {
        Paragraph[] paragraphs =
        [
            new(0, ParagraphKind.Heading, "Why Trump Still Matters", 3),
            new(1, ParagraphKind.Body, "Russia's economy isn't collapsing. They’ve pivoted to China.", 4),
        ];

        var sentences = SentenceSplitter.Split(paragraphs);

        Assert.Equal(
            [
                new Sentence(0, 0, "Why Trump Still Matters", ParagraphKind.Heading),
                new Sentence(1, 0, "Russia's economy isn't collapsing.", ParagraphKind.Body),
                new Sentence(1, 1, "They’ve pivoted to China.", ParagraphKind.Body),
            ],
            sentences);
    }
}
