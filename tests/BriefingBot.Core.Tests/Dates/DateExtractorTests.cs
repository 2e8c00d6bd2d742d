using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Tests.Dates;

public sealed class DateExtractorTests
{
    [Theory]
    // sentence, published, expected "ISO Precision", expected expression
    [InlineData("The New START Treaty is set to expire on February 4, 2026.", "2026-01-17", "2026-02-04 Day", "February 4, 2026")]
    [InlineData("Talks resume Feb. 4 in Geneva.", "2026-01-17", "2026-02-04 Day", "Feb. 4")]
    [InlineData("Talks resume Feb 4 in Geneva.", "2026-01-17", "2026-02-04 Day", "Feb 4")]
    [InlineData("The treaty lapses on 4 February 2026.", "2025-06-01", "2026-02-04 Day", "4 February 2026")]
    [InlineData("The treaty lapses on the 4th of February.", "2026-01-17", "2026-02-04 Day", "4th of February")]
    [InlineData("If February 5th comes and goes, expect tension.", "2026-01-17", "2026-02-05 Day", "February 5th")]
    [InlineData("Just a few days ago, on January 14, 2026, Trump told Reuters.", "2026-01-17", "2026-01-14 Day", "January 14, 2026")]
    [InlineData("Page header: Monday, April 21, 2025", "2025-04-21", "2025-04-21 Day", "April 21, 2025")]
    [InlineData("The filing is dated 2026-02-04.", "2026-01-17", "2026-02-04 Day", "2026-02-04")]
    public void Extract_AbsoluteDay_ResolvesToThatDay(string sentence, string published, string expected, string expression)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published(published)));

        Assert.Equal(expected, Describe(date));
        Assert.Equal(expression, date.Expression);
        Assert.Equal(sentence.IndexOf(expression, StringComparison.Ordinal), date.Index);
        Assert.False(date.IsRelative);
    }

    [Theory]
    // A day or month without a year takes the occurrence nearest to the publication.
    [InlineData("A delegation is headed to D.C. (January 17).", "2026-01-17", "2026-01-17 Day")]
    [InlineData("Check statements before the February 4 deadline.", "2026-01-17", "2026-02-04 Day")]
    [InlineData("The vote was on December 20.", "2026-01-17", "2025-12-20 Day")]
    [InlineData("The vote was on December 20.", "2026-01", "2025-12-20 Day")]
    [InlineData("The vote is on February 4.", "2026", "2026-02-04 Day")]
    [InlineData("Direct talks began in February.", "2025-04-21", "2025-02 Month")]
    [InlineData("The treaty is about to expire in February.", "2026-01", "2026-02 Month")]
    [InlineData("Monitor the February Nuclear Treaty.", "2026-01", "2026-02 Month")]
    [InlineData("A deal could come by early March.", "2026-01-17", "2026-03 Month")]
    [InlineData("Leap day: February 29.", "2025-03-01", "2024-02-29 Day")]
    public void Extract_DateWithoutYear_TakesOccurrenceNearestToPublication(string sentence, string published, string expected)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published(published)));

        Assert.Equal(expected, Describe(date));
        Assert.False(date.IsRelative);
    }

    [Theory]
    [InlineData("In August 2025, the two presidents met in Anchorage.", "2026", "2025-08 Month", "August 2025")]
    [InlineData("Held in Finland in July 2018, the meeting ran long.", "2026", "2018-07 Month", "July 2018")]
    [InlineData("The Current State of Play (January 2026)", "2026-01", "2026-01 Month", "January 2026")]
    [InlineData("Sanctions eased in Aug. 2025.", "2026", "2025-08 Month", "Aug. 2025")]
    [InlineData("It is early 2026, and the world is holding its breath.", "2026-01-17", "2026 Year", "early 2026")]
    [InlineData("Prices fell in late 2025.", "2026", "2025 Year", "late 2025")]
    [InlineData("Prices fell by mid-2025.", "2026", "2025 Year", "mid-2025")]
    public void Extract_MonthOrQualifiedYear_KeepsItsPrecision(string sentence, string published, string expected, string expression)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published(published)));

        Assert.Equal(expected, Describe(date));
        Assert.Equal(expression, date.Expression);
    }

    [Theory]
    // A bare year counts only where a year stands: after a temporal preposition, "the YEAR noun", in parentheses,
    // heading a list item.
    [InlineData("In 1987, Trump made his first trip to Moscow.", "1987")]
    [InlineData("The coup in Kiev in 2014 is blamed on Washington.", "2014")]
    [InlineData("It has haunted American politics since about 2016.", "2016")]
    [InlineData("Spending was to reach 5% of GDP by 2025.", "2025")]
    [InlineData("We will dive into the Alaska Summit of 2025.", "2025")]
    [InlineData("His admiration for Putin, dating back to 2016.", "2016")]
    [InlineData("The relationship as of 2026.", "2026")]
    [InlineData("2013: The Miss Universe pageant in Moscow.", "2013")]
    [InlineData("- 1987: Trump’s first trip to Moscow to look at hotel sites.", "1987")]
    [InlineData("The 2018 Helsinki Summit", "2018")]
    [InlineData("The push toward Kyiv in the early days of the 2022 invasion.", "2022")]
    [InlineData("Notable summits occurred in Helsinki (2018).", "2018")]
    public void Extract_BareYearInEventContext_ResolvesToYear(string sentence, string year)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published("2026")));

        Assert.Equal($"{year} Year", Describe(date));
        Assert.Equal(year, date.Expression);
        Assert.Equal(sentence.IndexOf(year, StringComparison.Ordinal), date.Index);
    }

    [Theory]
    [InlineData("Russia might support Trump again, as was alleged in 2016 and 2020.", "2016 Year; 2020 Year")]
    [InlineData("Summits in Helsinki (2018), Osaka (2019), and Anchorage (2025).", "2018 Year; 2019 Year; 2025 Year")]
    [InlineData("Talks ran from 2014 to 2016.", "2014 Year; 2016 Year")]
    public void Extract_SeveralYears_ReportsEachInOrder(string sentence, string expected)
    {
        Assert.Equal(expected, Describe(DateExtractor.Extract(sentence, Published("2026"))));
    }

    [Theory]
    // Published Saturday 2026-01-17.
    [InlineData("Remember last August?", "2025-08 Month", "last August")]
    [InlineData("Track the sanctions bill in the Senate next week.", "2026-01-19 Week", "next week")]
    [InlineData("Just last week, the envoys flew back from Moscow.", "2026-01-05 Week", "last week")]
    [InlineData("Envoys met this week.", "2026-01-12 Week", "this week")]
    [InlineData("Envoys met a few days ago.", "2026-01-12 Week", "a few days ago")]
    [InlineData("Envoys met two days ago.", "2026-01-15 Day", "two days ago")]
    [InlineData("Envoys met a week ago.", "2026-01-05 Week", "a week ago")]
    [InlineData("The capture of Maduro earlier this month shocked the Kremlin.", "2026-01 Month", "earlier this month")]
    [InlineData("Talks resume next month.", "2026-02 Month", "next month")]
    [InlineData("Just this January, Trump told Reuters.", "2026-01 Month", "this January")]
    [InlineData("Talks resume next March.", "2026-03 Month", "next March")]
    [InlineData("The Fatal Accident on I-90 Yesterday.", "2026-01-16 Day", "Yesterday")]
    [InlineData("Scroll through any social feed today.", "2026-01-17 Day", "today")]
    [InlineData("The vote is tomorrow.", "2026-01-18 Day", "tomorrow")]
    [InlineData("Right now, the news cycle is dominated by Ukraine.", "2026-01-17 Day", "Right now")]
    [InlineData("Their third meeting this year.", "2026 Year", "this year")]
    [InlineData("Sanctions rose last year.", "2025 Year", "last year")]
    [InlineData("They spoke last Monday.", "2026-01-12 Day", "last Monday")]
    [InlineData("They speak next Saturday.", "2026-01-24 Day", "next Saturday")]
    public void Extract_RelativeExpression_ResolvesAgainstDayPrecisePublication(string sentence, string expected, string expression)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published("2026-01-17")));

        Assert.Equal(expected, Describe(date));
        Assert.Equal(expression, date.Expression);
        Assert.True(date.IsRelative);
    }

    [Theory]
    // A relative expression never claims more precision than the publication date has.
    [InlineData("Just last week, the envoys flew back from Moscow.", "2026-01", "2026-01 Month")]
    [InlineData("Scroll through any social feed today.", "2026-01", "2026-01 Month")]
    [InlineData("The vote was yesterday.", "2026-01", "2026-01 Month")]
    [InlineData("Envoys met a few days ago.", "2026-01", "2026-01 Month")]
    [InlineData("The capture of Maduro earlier this month shocked the Kremlin.", "2026-01", "2026-01 Month")]
    [InlineData("Just this January, Trump told Reuters.", "2026-01", "2026-01 Month")]
    [InlineData("Remember last August?", "2026-01", "2025-08 Month")]
    [InlineData("Sanctions rose last year.", "2026-01", "2025 Year")]
    [InlineData("Can Americans travel to Russia right now?", "2026", "2026 Year")]
    [InlineData("Track the sanctions bill in the Senate next week.", "2026", "2026 Year")]
    [InlineData("The capture of Maduro earlier this month shocked the Kremlin.", "2026", "2026 Year")]
    [InlineData("Just this January, Trump told Reuters.", "2026", "2026-01 Month")]
    [InlineData("Sanctions rose last year.", "2026", "2025 Year")]
    public void Extract_RelativeExpressionFromCoarsePublication_ClaimsNoMorePrecisionThanItHas(string sentence, string published, string expected)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published(published)));

        Assert.Equal(expected, Describe(date));
        Assert.True(date.IsRelative);
    }

    [Theory]
    // "Last August" from a year-precise 2026 could be August 2025 or August 2026: nothing is claimed.
    [InlineData("Remember last August?", "2026")]
    [InlineData("They meet next March.", "2026")]
    public void Extract_RelativeMonthFromYearPrecisePublication_IsSkipped(string sentence, string published)
    {
        Assert.Empty(DateExtractor.Extract(sentence, Published(published)));
    }

    [Theory]
    [InlineData("Just a few days ago, on January 14, 2026, Trump told Reuters.", "2026-01-17", "January 14, 2026")]
    [InlineData("A Ukrainian delegation is headed to D.C. right now (January 17).", "2026-01-17", "January 17")]
    [InlineData("A Ukrainian delegation is headed to D.C. right now (January 17).", "2026-01", "January 17")]
    public void Extract_RelativeRestatedByAbsoluteDate_ReportsOnlyTheAbsoluteDate(string sentence, string published, string expression)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published(published)));

        Assert.Equal(expression, date.Expression);
        Assert.False(date.IsRelative);
    }

    [Fact]
    public void Extract_RelativeAndUnrelatedAbsoluteDate_ReportsBoth()
    {
        var dates = DateExtractor.Extract("Last week envoys met; the treaty expires on February 4.", Published("2026-01-17"));

        Assert.Equal("2026-01-05 Week; 2026-02-04 Day", Describe(dates));
    }

    [Theory]
    [InlineData("Some Russian oil is already selling for $35 a barrel.")]
    [InlineData("Zelenskyy might have to give up roughly 20% of his country.")]
    [InlineData("Member states were to spend 5% of GDP.")]
    [InlineData("The deal Trump promised within 24 hours of his return.")]
    [InlineData("He can end the war in Ukraine in twenty-four hours.")]
    [InlineData("Ukraine demands a full restoration of its 1991 borders.")]
    [InlineData("Zelenskyy is asking for 50-year security guarantees.")]
    [InlineData("The proposed $800 billion reconstruction package.")]
    [InlineData("His administration implemented over 200 new sanctions.")]
    [InlineData("There are approximately 8,500 US soldiers stationed in Poland.")]
    [InlineData("Four F-22 Raptors lined up at Elmendorf-Richardson.")]
    [InlineData("The whispers about \"The 20-Point Plan.\"")]
    [InlineData("A Level 4 \"Do Not Travel\" advisory.")]
    [InlineData("Call 202-555-2016 or 555 2019 for details.")]
    [InlineData("Reviving 2016-style allegations of collusion.")]
    [InlineData("The fund grew to $2025 and then 2026% more.")]
    [InlineData("Shipments rose in 2000 cases out of 2025.5 units.")]
    [InlineData("A week-long pause and a four-year war.")]
    [InlineData("We are in the \"last yard\" of the last few weeks.")]
    [InlineData("The Winning Numbers for Last Night's Powerball.")]
    [InlineData("The March on Washington and the May government.")]
    [InlineData("You may march on.")]
    [InlineData("A return to the 19th century, back in the 80s.")]
    [InlineData("2. His disdain for NATO, which Russia considers a military threat.")]
    [InlineData("Trump's 2026 Action")]
    public void Extract_NumberThatIsNotADate_FindsNothing(string sentence)
    {
        Assert.Empty(DateExtractor.Extract(sentence, Published("2026-01-17")));
    }

    [Fact]
    public void Extract_EmptySentence_FindsNothing()
    {
        Assert.Empty(DateExtractor.Extract(string.Empty, Published("2026-01-17")));
    }

    [Theory]
    // Published on Wednesday, March 10, 2027 and Saturday, March 13, 2027.
    [InlineData("The first tram will arrive at the depot this Friday.", "2027-03-10", "2027-03-12 Day", "this Friday")]
    [InlineData("The fare consultation opens on Monday.", "2027-03-10", "2027-03-15 Day", "Monday")]
    [InlineData("The fare consultation opens on Monday.", "2027-03-13", "2027-03-15 Day", "Monday")]
    [InlineData("The first tram arrived at the depot on Friday, and crowds gathered.", "2027-03-13", "2027-03-12 Day", "Friday")]
    [InlineData("Both sides meet next Thursday.", "2027-03-13", "2027-03-18 Day", "next Thursday")]
    [InlineData("Nobody will picket tomorrow's open day.", "2027-03-13", "2027-03-14 Day", "tomorrow")]
    [InlineData("Officials said the vote will be held on Friday.", "2027-03-13", "2027-03-19 Day", "Friday")]
    [InlineData("The United Nations will vote on Friday.", "2027-03-13", "2027-03-19 Day", "Friday")]
    [InlineData("The probe is expected to land on Monday.", "2027-03-10", "2027-03-15 Day", "Monday")]
    [InlineData("The timetable is published this Friday.", "2027-03-13", "2027-03-19 Day", "this Friday")]
    public void Extract_Weekday_ResolvesAgainstThePublicationDay(string sentence, string published, string expected, string expression)
    {
        var date = Assert.Single(DateExtractor.Extract(sentence, Published(published)));

        Assert.Equal(expected, Describe(date));
        Assert.Equal(expression, date.Expression);
    }

    [Theory]
    [InlineData("The line is due to open to passengers on Friday, June 4, and not before.", "2027-03-13", "2027-06-04 Day")]
    [InlineData("Trial runs begin next Wednesday, May 12, with empty trams.", "2027-05-06", "2027-05-12 Day")]
    public void Extract_WeekdayBeforeItsDate_GivesOnlyTheDate(string sentence, string published, string expected)
    {
        Assert.Equal(expected, Describe(DateExtractor.Extract(sentence, Published(published))));
    }

    [Theory]
    [InlineData("The council meets on Wednesday.", "2027-03-10")]
    [InlineData("The council meets on Wednesday.", "2027-03")]
    public void Extract_BareWeekdayOnItsOwnDayOrWithoutADay_IsSkippedAsAmbiguous(string sentence, string published)
    {
        Assert.Empty(DateExtractor.Extract(sentence, Published(published)));
    }

    private static DateSpan Published(string iso)
    {
        Assert.True(DateSpan.TryParseIso(iso, out var published));
        return published;
    }

    private static string Describe(ExtractedDate date) => $"{date.When.ToIsoString()} {date.When.Precision}";

    private static string Describe(IEnumerable<ExtractedDate> dates) => string.Join("; ", dates.Select(Describe));
}
