using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Tests.Dates;

/// <summary>
/// The dates of the five articles under content/articles, sentence by sentence. Each sentence is copied verbatim from
/// its article (list items with their marker where the article numbers them) and is read against the article's
/// published date. Every date the extractor is expected to find in the corpus is listed here.
/// <para>
/// Known misses, deliberately not recognised (a bare year with no event context): "Why 2026 is the Breaking Point",
/// "| Ukraine ... | Trump's 2026 Action |", "the specific 2026 sanctions on Rosneft and Lukoil", "regarding 2016
/// election interference". Known noise that ingest should drop, not the extractor: the cross-promotion line
/// "💡 You might also like: The Fatal Accident on I-90 Yesterday: ..." does say "Yesterday".
/// </para>
/// </summary>
public sealed class DateExtractorCorpusTests
{
    private const string News = "trump-putin-news-what-people-get-wrong";
    private const string Siding = "is-trump-siding-with-russia";
    private const string Tariffs = "no-tariffs-just-trust";
    private const string Overview = "trump-putin-relationship-overview";
    private const string SoftSpot = "why-trump-has-a-soft-spot-for-russia";

    /// <summary>The <c>published</c> field of each article's front matter.</summary>
    private static readonly Dictionary<string, string> Published = new()
    {
        [News] = "2026-01-17",
        [Siding] = "2026-01",
        [Tariffs] = "2025-04-21",
        [Overview] = "2026",
        [SoftSpot] = "2026-01",
    };

    /// <summary>Article, verbatim sentence, expected dates as "ISO Precision" joined by "; ".</summary>
    public static TheoryData<string, string, string> DatedSentences => new()
    {
        // trump-putin-news-what-people-get-wrong, published 2026-01-17
        { News, "It is early 2026, and the world is holding its breath.", "2026 Year" },
        { News, "Right now, the Donald Trump and Vladimir Putin news cycle is dominated by one thing: Ukraine.", "2026-01-17 Day" },
        { News, "Remember last August?", "2025-08 Month" },
        { News, "It was the first time the two had met as sitting presidents since 2019.", "2019 Year" },
        { News, "💡 You might also like: The Fatal Accident on I-90 Yesterday: What We Know and Why This Stretch Stays Dangerous", "2026-01-16 Day" },
        { News, "Just a few days ago, on January 14, 2026, Trump told Reuters that Ukrainian President Volodymyr Zelenskyy is the \"main impediment\" to peace.", "2026-01-14 Day" },
        { News, "You can't talk about Trump and Putin news in 2026 without mentioning Venezuela.", "2026 Year" },
        { News, "The U.S. capture of Nicolás Maduro earlier this month has sent shockwaves through the Kremlin.", "2026-01 Month" },
        { News, "The New START Treaty is set to expire on February 4, 2026.", "2026-02-04 Day" },
        { News, "1. Watch the \"Last Yard\" Negotiations: A Ukrainian delegation is headed to D.C. right now (January 17).", "2026-01-17 Day" },
        { News, "3. The New START Deadline: If February 5th comes and goes without a nuclear agreement, expect a massive spike in defense spending and geopolitical tension.", "2026-02-05 Day" },
        { News, "Track the progress of the Graham-Blumenthal sanctions bill in the Senate next week; its passage would signal a major shift in Trump’s \"peace\" strategy.", "2026-01-19 Week" },
        { News, "Check for official statements regarding the New START Treaty extension before the February 4 deadline to see if nuclear stability remains a priority for both administrations.", "2026-02-04 Day" },
        { News, "Follow the January 17 meeting between the Ukrainian delegation and Trump’s team (Witkoff and Kushner) for details on the proposed $800 billion reconstruction package.", "2026-01-17 Day" },
        // is-trump-siding-with-russia, published 2026-01
        { Siding, "Walk into any bar or scroll through any social feed today, and you’ll hear it: is he actually on their side?", "2026-01 Month" },
        { Siding, "If you look at the headlines coming out of early 2026, things are getting weirdly intense.", "2026 Year" },
        { Siding, "Just this January, Trump told Reuters that Ukrainian President Volodymyr Zelenskyy is the one \"having a hard time\" getting to a peace deal.", "2026-01 Month" },
        { Siding, "Right now, the big talk in Washington and Davos is about this \"basic document\" to end the war.", "2026-01 Month" },
        { Siding, "The 2025 National Security Strategy, which basically stopped calling Russia an \"acute threat.\"", "2025 Year" },
        { Siding, "Obama sent blankets and MREs; Trump sent the anti-tank missiles that actually stopped the push toward Kyiv in the early days of the 2022 invasion.", "2022 Year" },
        { Siding, "In 2025, his administration even authorized the CIA to assist with strikes on Russia’s \"shadow fleet\" of oil tankers.", "2025 Year" },
        { Siding, "The New START treaty—the last big arms control deal between the U.S. and Russia—is about to expire in February.", "2026-02 Month" },
        { Siding, "2. Monitor the February Nuclear Treaty: If the New START treaty expires with no replacement, expect a massive spike in defense spending and global tension.", "2026-02 Month" },
        // no-tariffs-just-trust, published 2025-04-21
        { Tariffs, "Monday, April 21, 2025", "2025-04-21 Day" },
        { Tariffs, "Trump’s historical admiration for Putin, dating back to 2016.", "2016 Year" },
        { Tariffs, "“The US and EU organized and funded the anti-constitutional coup in Kiev in 2014.”", "2014 Year" },
        { Tariffs, "Lavrov confirmed that Trump’s envoy, Steve Witkoff, met with Putin three times in 2025 alone.", "2025 Year" },
        { Tariffs, "“Trump initiated direct talks with Russia in February… marking their third meeting this year.”", "2025-02 Month; 2025 Year" },
        { Tariffs, "There’s also concern in U.S. intelligence circles that Russia might covertly support Trump’s campaign again, as was alleged in 2016 and 2020.", "2016 Year; 2020 Year" },
        { Tariffs, "While no conclusive evidence exists in 2025, the pattern of Russia publicly favoring Trump raises red flags.", "2025 Year" },
        // The reference list: citation years are years too (never reminded on, see DateExtractor).
        { Tariffs, "1. Kommersant. (2025)", "2025 Year" },
        { Tariffs, "2. Global Times (2025). [Lavrov’s statements on US-Russia relations]", "2025 Year" },
        { Tariffs, "3. Politico. (2024). “Trump and NATO: A Love-Hate Relationship”", "2024 Year" },
        { Tariffs, "4. Foreign Policy. (2024). “Putin’s View on NATO and Trump”", "2024 Year" },
        { Tariffs, "5. The Atlantic Council. (2023). “Shadow Diplomacy and Backchannels in US-Russia Talks”", "2023 Year" },
        { Tariffs, "6. BBC. (2024). “Russia’s Role in US Elections: What We Know”", "2024 Year" },
        { Tariffs, "7. Brookings Institution. (2025). “Energy Diplomacy Between the US and Russia”", "2025 Year" },
        { Tariffs, "8. National Security Archive. (2024). “Declassified Documents on US-Russia Cyber Talks”", "2024 Year" },
        // trump-putin-relationship-overview, published 2026
        { Overview, "In this comprehensive overview, you will learn about the history of their in-person meetings, the contrast between presidential rhetoric and federal policy, and the current state of US-Russia relations as of 2026.", "2026 Year" },
        { Overview, "We will dive into specific events like the Helsinki Summit and the Alaska Summit of 2025, providing a factual breakdown of their interactions and the resulting international consequences.", "2025 Year" },
        { Overview, "The 2018 Helsinki Summit", "2018 Year" },
        { Overview, "Held in Finland in July 2018, the meeting included a two-hour one-on-one session with only interpreters present.", "2018-07 Month" },
        { Overview, "The 2025 Alaska Summit", "2025 Year" },
        { Overview, "In August 2025, President Trump and President Putin met in Anchorage, Alaska, marking their first in-person encounter in several years.", "2025-08 Month" },
        { Overview, "President Trump’s “America First” policy pressured member states to increase their defense spending to a targeted 5% of GDP by 2025.", "2025 Year" },
        { Overview, "As of early 2026, President Trump has positioned himself as a central mediator in the Russia-Ukraine war, claiming that his personal relationship with both Putin and Zelensky is the key to a resolution.", "2026 Year" },
        { Overview, "At the World Economic Forum in 2026, Trump reflected on his friendship with Putin while simultaneously warning of the consequences of further escalation in Europe.", "2026 Year" },
        { Overview, "They have met in person several times, with the most notable summits occurring in Helsinki (2018), Osaka (2019), and Anchorage (2025).", "2018 Year; 2019 Year; 2025 Year" },
        { Overview, "What was the outcome of the 2025 Alaska Summit?", "2025 Year" },
        { Overview, "Can Americans travel to Russia right now?", "2026 Year" },
        { Overview, "By 2026, the global order has transitioned into what many analysts call a state of managed disorder, where traditional security guarantees are increasingly supplemented by bilateral negotiations.", "2026 Year" },
        { Overview, "Allies and adversaries alike have been forced to adapt to an “America First” framework that prioritizes immediate national interests and economic leverage—such as the 2026 tariff negotiations—over long-standing ideological commitments.", "2026 Year" },
        // why-trump-has-a-soft-spot-for-russia, published 2026-01
        { SoftSpot, "It’s a question that has haunted American politics since about 2016.", "2016 Year" },
        { SoftSpot, "Fast forward to January 2026, and the drama hasn't really slowed down.", "2026-01 Month" },
        { SoftSpot, "Just last week, we saw reports of Trump’s team—specifically Steve Witkoff and Jared Kushner—heading back from Moscow, and the rhetoric is just as confusing as it ever was.", "2026-01 Month" },
        { SoftSpot, "- 1987: Trump’s first trip to Moscow to look at hotel sites.", "1987 Year" },
        { SoftSpot, "- 2013: The Miss Universe pageant in Moscow.", "2013 Year" },
        { SoftSpot, "- 2016: The infamous Helsinki summit where he seemed to trust Putin over his own intelligence agencies.", "2016 Year" },
        { SoftSpot, "Even now in 2026, there are still people talking about old KGB cultivation theories.", "2026 Year" },
        { SoftSpot, "The Current State of Play (January 2026)", "2026-01 Month" },
        { SoftSpot, "Right now, the situation is tense.", "2026-01 Month" },
    };

    /// <summary>Corpus sentences with numbers, or with "last"/"next"/"week" words, that are not dates.</summary>
    private static readonly (string Article, string Sentence)[] SentencesWithoutDates =
    [
        (News, "If you’ve been following the headlines, you’ve seen the photos of the Alaska summit and heard the whispers about \"The 20-Point Plan.\""),
        (News, "But as we dig into the specifics of the last few weeks—from the Greenland distractions to the \"greenlit\" sanctions—it's clear that the \"deal\" Trump promised within 24 hours of his return to office has hit a very real, very Russian wall."),
        (News, "The image of those four F-22 Raptors lined up at Joint Base Elmendorf-Richardson in Anchorage was meant to signal strength."),
        (News, "Security: Zelenskyy is asking for 50-year security guarantees from the U.S."),
        (News, "Some Russian oil is already selling for $35 a barrel."),
        (News, "We are in the \"last yard,\" but that final yard is proving to be a minefield of territorial demands and security guarantees."),
        (News, "This is the last remaining treaty limiting the nuclear arsenals of both the U.S. and Russia."),
        (News, "Trump believes he can \"deal-make\" his way out of a four-year war."),
        (Siding, "We’ve got a president who says he can end the war in Ukraine in twenty-four hours, yet he’s often seen pointing the finger back at Kyiv."),
        (Siding, "The \"Peace\" Push and the 20% Problem"),
        (Siding, "But here is the kicker: the reported \"breakthrough\" moment happened when American officials realized Zelenskyy might have to give up roughly 20% of his country."),
        (Siding, "They claim Soviet operatives identified Trump’s ego as a \"weakness\" back in the 80s."),
        (Siding, "🔗 Read more: Did You Win? Everything About the Winning Numbers for Last Night's Powerball"),
        (Siding, "About 90% of people still think the U.S. has too many interests in Europe to just walk away."),
        (Tariffs, "2. His disdain for NATO, which Russia considers a military threat."),
        (Tariffs, "Democratic critics can paint Trump as pro-Kremlin, reviving 2016-style allegations of collusion."),
        (Overview, "While Trump frequently praised Putin’s leadership style, his administration implemented over 200 new sanctions on Russian entities and individuals."),
        (Overview, "While the Kremlin has signaled a “cautious but positive” response to these overtures, the Ukrainian government continues to demand a full restoration of its 1991 borders."),
        (Overview, "Travel Advisories: The US State Department maintains a Level 4 “Do Not Travel” advisory for Russia due to the risk of wrongful detention and the security situation."),
        (Overview, "Yes, there are approximately 8,500 US soldiers stationed in Poland as part of a continued effort to bolster NATO’s eastern flank."),
        (Overview, "International Summits: Watch for upcoming G20 and BRICS summits, where both leaders or their representatives frequently interact."),
        (Overview, "Though a permanent settlement was not reached at the time, the meeting established a direct line of communication that resulted in a week-long pause in attacks on major Ukrainian cities."),
        (SoftSpot, "On the flip side, he slapped a 25% tariff on India just for buying Russian oil."),
        (SoftSpot, "| India | 25% Tariffs | Punishment for funding Putin's war chest |"),
        (SoftSpot, "This \"Great Power\" worldview is essentially a return to the 19th century."),
    ];

    [Theory]
    [MemberData(nameof(DatedSentences))]
    public void Extract_CorpusSentence_FindsEveryDateItMentions(string article, string sentence, string expected)
    {
        var dates = DateExtractor.Extract(sentence, PublishedOf(article));

        Assert.Equal(expected, Describe(dates));
    }

    [Theory]
    [MemberData(nameof(DatedSentences))]
    public void Extract_CorpusSentence_ReportsVerbatimExpressionsAtTheirIndex(string article, string sentence, string expected)
    {
        _ = expected;
        var dates = DateExtractor.Extract(sentence, PublishedOf(article));

        Assert.All(dates, date => Assert.Equal(date.Expression, sentence.Substring(date.Index, date.Expression.Length)));
    }

    [Theory]
    [MemberData(nameof(DatedSentences))]
    public void Label_CorpusSentence_IsShortAndMadeOfTheSentencesOwnWords(string article, string sentence, string expected)
    {
        _ = expected;
        var sentenceWords = Words(sentence).ToHashSet(StringComparer.Ordinal);

        foreach (var date in DateExtractor.Extract(sentence, PublishedOf(article)))
        {
            var label = DatedItemLabel.From(sentence, date);

            Assert.InRange(label.Length, 1, DatedItemLabel.MaxLength);
            Assert.All(Words(label), word => Assert.Contains(word, sentenceWords, StringComparer.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Extract_CorpusSentencesWithNumbersThatAreNotDates_FindsNoFalsePositives()
    {
        var falsePositives = SentencesWithoutDates
            .SelectMany(s => DateExtractor.Extract(s.Sentence, PublishedOf(s.Article)).Select(d => $"'{d.Expression}' in: {s.Sentence}"))
            .ToList();

        Assert.Empty(falsePositives);
    }

    private static DateSpan PublishedOf(string article)
    {
        Assert.True(DateSpan.TryParseIso(Published[article], out var published));
        return published;
    }

    private static string Describe(IEnumerable<ExtractedDate> dates) =>
        string.Join("; ", dates.Select(d => $"{d.When.ToIsoString()} {d.When.Precision}"));

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', ',', '.', ';', ':', '?', '!', '(', ')', '"', '“', '”', '—', '…', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
}
