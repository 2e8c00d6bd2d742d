using BriefingBot.Core.Content;
using BriefingBot.Core.Text.Roles;

namespace BriefingBot.Core.Tests.Text.Roles;

/// <summary>Sentence roles on text written for the test: each form the classifier must tell apart.</summary>
public sealed class SentenceRoleClassifierTests
{
    [Theory]
    [InlineData("The council approved the budget on March 3, 2027, by nine votes to four.", ParagraphKind.Body, SentenceRole.Statement)]
    [InlineData("Fares: A single ticket will cost $2.40 from the first day.", ParagraphKind.ListItem, SentenceRole.Statement)]
    [InlineData("Will the line open on time?", ParagraphKind.Body, SentenceRole.Question)]
    [InlineData("Does the mayor support the plan?\u201D", ParagraphKind.Body, SentenceRole.Question)]
    [InlineData("Reuters. (2025).", ParagraphKind.ListItem, SentenceRole.Citation)]
    [InlineData("City Transit Authority (2026). Annual report.", ParagraphKind.ListItem, SentenceRole.Citation)]
    [InlineData("\u201CThe Long Road to the Riverside Line\u201D", ParagraphKind.ListItem, SentenceRole.Citation)]
    [InlineData("[Minutes of the council meeting]", ParagraphKind.ListItem, SentenceRole.Citation)]
    [InlineData("Read the full report on the council's website.", ParagraphKind.Body, SentenceRole.Advice)]
    [InlineData("Watch the Vote: The council meets again next week.", ParagraphKind.ListItem, SentenceRole.Advice)]
    [InlineData("Turnout: The council counted 4,000 votes.", ParagraphKind.ListItem, SentenceRole.Statement)]
    [InlineData("Follow the Money: Watch the contractor's claims.", ParagraphKind.ListItem, SentenceRole.Advice)]
    [InlineData("If the strike goes ahead, expect delays on every line.", ParagraphKind.Body, SentenceRole.Advice)]
    [InlineData("Your next step should be to check the new timetable.", ParagraphKind.Body, SentenceRole.Advice)]
    [InlineData("You'll see the difference in the first week.", ParagraphKind.ListItem, SentenceRole.Advice)]
    [InlineData("In this article, we look at what the line will change.", ParagraphKind.Body, SentenceRole.Advice)]
    [InlineData("Watch parties were held in three city squares on Sunday.", ParagraphKind.Body, SentenceRole.Statement)]
    [InlineData("The mayor said \u201Cyou will not wait more than ten minutes\u201D for a tram.", ParagraphKind.Body, SentenceRole.Statement)]
    [InlineData("Other contributing factors:", ParagraphKind.Body, SentenceRole.ListFragment)]
    [InlineData("The mayor squarely blamed the contractor for the delay:", ParagraphKind.Body, SentenceRole.ListFragment)]
    [InlineData("\u201CThe council approved the subsidy in May and will review it next year.\u201D", ParagraphKind.Body, SentenceRole.Statement)]
    [InlineData("\u201CYou take your side, I'll take mine.\u201D", ParagraphKind.Body, SentenceRole.Filler)]
    [InlineData("Night services", ParagraphKind.ListItem, SentenceRole.ListFragment)]
    [InlineData("A chance to rethink the whole network,", ParagraphKind.ListItem, SentenceRole.ListFragment)]
    [InlineData("Formally.", ParagraphKind.ListItem, SentenceRole.ListFragment)]
    [InlineData("Absolutely.", ParagraphKind.Body, SentenceRole.Filler)]
    [InlineData("It feels like a long wait.", ParagraphKind.Body, SentenceRole.Filler)]
    [InlineData("It is early 2027, and the whole city is holding its breath.", ParagraphKind.Body, SentenceRole.Filler)]
    [InlineData("Norbridge opened its first tram line in 1911.", ParagraphKind.Body, SentenceRole.Statement)]
    [InlineData("It was a long night.", ParagraphKind.Body, SentenceRole.Filler)]
    [InlineData("The drivers walked out.", ParagraphKind.Body, SentenceRole.Statement)]
    [InlineData("It was a long night for Norbridge.", ParagraphKind.Body, SentenceRole.Statement)]
    public void Classify_OneSentence_GetsTheRoleItsFormShows(string sentence, ParagraphKind kind, SentenceRole expected)
    {
        Assert.Equal(expected, SentenceRoleClassifier.Classify(sentence, kind, SectionKind.Text));
    }

    [Fact]
    public void Classify_UnderAReferencesHeading_EveryEntryIsACitation()
    {
        var roles = SentenceRoleClassifier.Classify(
        [
            (new Paragraph(0, ParagraphKind.Body, "The line opens on June 3.", 1), ["The line opens on June 3."]),
            (new Paragraph(1, ParagraphKind.Heading, "Sources", 3), ["Sources"]),
            (new Paragraph(2, ParagraphKind.ListItem, "Transit Weekly, the opening issue, June 2027.", 5), ["Transit Weekly, the opening issue, June 2027."]),
        ]);

        Assert.Equal([SentenceRole.Statement], roles[0]);
        Assert.Equal([SentenceRole.Heading], roles[1]);
        Assert.Equal([SentenceRole.Citation], roles[2]);
    }

    [Fact]
    public void Classify_EntryWithAnImperativeLabel_IsAdviceButWhatFollowsTheLabelCanStillStateADate()
    {
        var roles = SentenceRoleClassifier.Classify(
        [
            (new Paragraph(0, ParagraphKind.Heading, "Next Steps to Stay Informed", 1), ["Next Steps to Stay Informed"]),
            (new Paragraph(1, ParagraphKind.ListItem, "Track the Vote: The council meets on May 5.", 3), ["Track the Vote: The council meets on May 5."]),
            (new Paragraph(2, ParagraphKind.ListItem, "Check the Fares: Read the new table before you travel.", 4), ["Check the Fares: Read the new table before you travel."]),
        ]);

        Assert.Equal([SentenceRole.Advice], roles[1]);
        Assert.True(SentenceRoleClassifier.IsStatementAfterAdviceLabel("Track the Vote: The council meets on May 5.", ParagraphKind.ListItem));
        Assert.Equal([SentenceRole.Advice], roles[2]);
        Assert.False(SentenceRoleClassifier.IsStatementAfterAdviceLabel("Check the Fares: Read the new table before you travel.", ParagraphKind.ListItem));
    }
}
