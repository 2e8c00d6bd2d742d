using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Tests.Dates;

public sealed class DatedItemLabelTests
{
    [Theory]
    // sentence, published, expected label (for the sentence's first date)
    [InlineData("The New START Treaty is set to expire on February 4, 2026.", "2026-01-17", "The New START Treaty is set to expire")]
    [InlineData("- 1987: Trump’s first trip to Moscow to look at hotel sites.", "2026-01", "Trump’s first trip to Moscow to look at hotel sites")]
    [InlineData("2013: The Miss Universe pageant in Moscow.", "2026-01", "The Miss Universe pageant in Moscow")]
    [InlineData("It’s a question that has haunted American politics since about 2016.", "2026-01", "It’s a question that has haunted American politics")]
    [InlineData("Trump’s historical admiration for Putin, dating back to 2016.", "2025-04-21", "Trump’s historical admiration for Putin")]
    [InlineData("The 2018 Helsinki Summit", "2026", "The Helsinki Summit")]
    [InlineData("What was the outcome of the 2025 Alaska Summit?", "2026", "What was the outcome of the Alaska Summit?")]
    [InlineData("The U.S. capture of Nicolás Maduro earlier this month has sent shockwaves through the Kremlin.", "2026-01-17", "The U.S. capture of Nicolás Maduro has sent shockwaves through the Kremlin")]
    [InlineData("Right now, the situation is tense.", "2026-01", "The situation is tense")]
    [InlineData("Even now in 2026, there are still people talking about old KGB cultivation theories.", "2026-01", "There are still people talking about old KGB cultivation theories")]
    [InlineData("The Current State of Play (January 2026)", "2026-01", "The Current State of Play")]
    [InlineData("Remember last August?", "2026-01-17", "Remember last August?")]
    [InlineData("Kommersant. (2025)", "2025-04-21", "Kommersant. (2025)")]
    [InlineData("The treaty\tlapses  on February 4, 2026 ,\u00A0say officials.", "2026-01-17", "The treaty lapses, say officials")]
    public void From_DateWithItsPreposition_IsLeftOut(string sentence, string published, string expected)
    {
        Assert.Equal(expected, LabelOfFirstDate(sentence, published));
    }

    [Theory]
    [InlineData(
        "Track the progress of the Graham-Blumenthal sanctions bill in the Senate next week; its passage would signal a major shift in Trump’s \"peace\" strategy.",
        "Track the progress of the Graham-Blumenthal sanctions bill in the Senate")]
    [InlineData(
        "Just a few days ago, on January 14, 2026, Trump told Reuters that Ukrainian President Volodymyr Zelenskyy is the \"main impediment\" to peace.",
        "Trump told Reuters that Ukrainian President Volodymyr Zelenskyy is the \"main…")]
    [InlineData(
        "1. Watch the \"Last Yard\" Negotiations: A Ukrainian delegation is headed to D.C. right now (January 17).",
        "A Ukrainian delegation is headed to D.C. right now")]
    [InlineData(
        "3. The New START Deadline: If February 5th comes and goes without a nuclear agreement, expect a massive spike in defense spending and geopolitical tension.",
        "The New START Deadline: If February 5th comes and goes without a nuclear…")]
    [InlineData(
        "Check for official statements regarding the New START Treaty extension before the February 4 deadline to see if nuclear stability remains a priority for both administrations.",
        "Check for official statements regarding the New START Treaty extension before…")]
    [InlineData(
        "Follow the January 17 meeting between the Ukrainian delegation and Trump’s team (Witkoff and Kushner) for details on the proposed $800 billion reconstruction package.",
        "Follow the meeting between the Ukrainian delegation and Trump’s team (Witkoff…")]
    public void From_CorpusSentence_DescribesWhatHappens(string sentence, string expected)
    {
        Assert.Equal(expected, LabelOfFirstDate(sentence, "2026-01-17"));
    }

    [Fact]
    public void From_LongSentence_IsCutAtAWordBoundaryWithinTheLimit()
    {
        const string sentence = "As of early 2026, President Trump has positioned himself as a central mediator in the Russia-Ukraine war, claiming that his personal relationship with both Putin and Zelensky is the key to a resolution.";

        var label = LabelOfFirstDate(sentence, "2026");

        Assert.Equal("President Trump has positioned himself as a central mediator in the…", label);
        Assert.True(label.Length <= DatedItemLabel.MaxLength);
    }

    [Fact]
    public void From_SecondYearOfAList_LeavesOutTheWholeList()
    {
        const string sentence = "Russia might support Trump again, as was alleged in 2016 and 2020.";
        var dates = DateExtractor.Extract(sentence, Published("2025-04-21"));

        Assert.All(dates, date => Assert.Equal("Russia might support Trump again, as was alleged", DatedItemLabel.From(sentence, date)));
    }

    private static string LabelOfFirstDate(string sentence, string published)
    {
        var date = DateExtractor.Extract(sentence, Published(published))[0];
        return DatedItemLabel.From(sentence, date);
    }

    private static DateSpan Published(string iso)
    {
        Assert.True(DateSpan.TryParseIso(iso, out var published));
        return published;
    }
}
