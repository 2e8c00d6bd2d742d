using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Tests.Text;
using BriefingBot.Core.Text;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Dates;

/// <summary>
/// The ingest-time pipeline run over the five bundled articles, exactly as storage runs it (front matter, chrome
/// removal, sentence splitting, <see cref="ArticleDateHarvester.Harvest"/> with the topics of content/topics.yaml),
/// and the complete set of dated items it produces compared with a table of the dates each article should yield.
/// Curation (content/dated-items.yaml) is applied later by storage and is deliberately not applied here: this is the
/// raw extraction.
/// <para>
/// Each row is (article, verbatim expression, ISO date, precision); rows are compared as a multiset, since one article
/// can name the same year in several sentences. Missed = expected − found must be empty. False positives = found −
/// expected must be exactly <see cref="KnownFalsePositiveRows"/>, <see cref="KnownFalsePositives"/> of them, so a new
/// false positive and a fix both fail loudly (a fix: delete its row and lower the count).
/// </para>
/// <para>
/// Judgement calls: "right now" / "today" used as the article's present tense are false positives (the curators
/// suppress the same ones in dated-items.yaml: "the article's present tense, not an event"). Citation years in the
/// reference list of no-tariffs-just-trust are kept: they are the real publication years of the sources and
/// DateExtractor documents them as years on purpose. The page dateline "Monday, April 21, 2025" is chrome (it is the
/// article's published date) and is not expected; headings and table rows are not harvested, so "The 2018 Helsinki
/// Summit", "(January 2026)" headings and "Trump's 2026 Action" are not expected either.
/// </para>
/// </summary>
public sealed class CorpusHarvestTests
{
    private const string News = "trump-putin-news-what-people-get-wrong";
    private const string Siding = "is-trump-siding-with-russia";
    private const string Tariffs = "no-tariffs-just-trust";
    private const string Overview = "trump-putin-relationship-overview";
    private const string SoftSpot = "why-trump-has-a-soft-spot-for-russia";

    private const DatePrecision Day = DatePrecision.Day;
    private const DatePrecision Week = DatePrecision.Week;
    private const DatePrecision Month = DatePrecision.Month;
    private const DatePrecision Year = DatePrecision.Year;

    /// <summary>How many items the harvester produces that it should not; each is listed in <see cref="KnownFalsePositiveRows"/>.</summary>
    private const int KnownFalsePositives = 5;

    /// <summary>Every dated item the harvester should produce from the seed corpus, relative expressions included.</summary>
    private static readonly Row[] Expected =
    [
        // trump-putin-news-what-people-get-wrong, published 2026-01-17
        new(News, "early 2026", "2026", Year),               // It is early 2026, and the world is holding its breath.
        new(News, "last August", "2025-08", Month),          // Remember last August? (the Alaska summit)
        new(News, "2019", "2019", Year),                     // ... met as sitting presidents since 2019.
        new(News, "January 14, 2026", "2026-01-14", Day),    // Just a few days ago, on January 14, 2026, Trump told Reuters ...
        new(News, "2026", "2026", Year),                     // ... Trump and Putin news in 2026 without mentioning Venezuela.
        new(News, "earlier this month", "2026-01", Month),   // The U.S. capture of Nicolás Maduro earlier this month ...
        new(News, "February 4, 2026", "2026-02-04", Day),    // The New START Treaty is set to expire on February 4, 2026.
        new(News, "January 17", "2026-01-17", Day),          // ... headed to D.C. right now (January 17).
        new(News, "February 5th", "2026-02-05", Day),        // If February 5th comes and goes without a nuclear agreement ...
        new(News, "next week", "2026-01-19", Week),          // ... sanctions bill in the Senate next week ...
        new(News, "February 4", "2026-02-04", Day),          // ... before the February 4 deadline ...
        new(News, "January 17", "2026-01-17", Day),          // Follow the January 17 meeting between the Ukrainian delegation ...

        // is-trump-siding-with-russia, published 2026-01
        new(Siding, "early 2026", "2026", Year),             // ... headlines coming out of early 2026 ...
        new(Siding, "this January", "2026-01", Month),       // Just this January, Trump told Reuters ...
        new(Siding, "2025", "2025", Year),                   // The 2025 National Security Strategy ...
        new(Siding, "2022", "2022", Year),                   // ... the early days of the 2022 invasion.
        new(Siding, "2025", "2025", Year),                   // In 2025, his administration even authorized the CIA ...
        new(Siding, "February", "2026-02", Month),           // The New START treaty ... is about to expire in February.
        new(Siding, "February", "2026-02", Month),           // Monitor the February Nuclear Treaty: ...

        // no-tariffs-just-trust, published 2025-04-21
        new(Tariffs, "2016", "2016", Year),                  // Trump's historical admiration for Putin, dating back to 2016.
        new(Tariffs, "2014", "2014", Year),                  // "... the anti-constitutional coup in Kiev in 2014."
        new(Tariffs, "2025", "2025", Year),                  // ... met with Putin three times in 2025 alone.
        new(Tariffs, "February", "2025-02", Month),          // "Trump initiated direct talks with Russia in February ...
        new(Tariffs, "this year", "2025", Year),             // ... marking their third meeting this year."
        new(Tariffs, "2016", "2016", Year),                  // ... as was alleged in 2016 and 2020.
        new(Tariffs, "2020", "2020", Year),
        new(Tariffs, "2025", "2025", Year),                  // While no conclusive evidence exists in 2025, ...
        new(Tariffs, "2025", "2025", Year),                  // References: Kommersant. (2025)
        new(Tariffs, "2025", "2025", Year),                  // Global Times (2025).
        new(Tariffs, "2024", "2024", Year),                  // Politico. (2024).
        new(Tariffs, "2024", "2024", Year),                  // Foreign Policy. (2024).
        new(Tariffs, "2023", "2023", Year),                  // The Atlantic Council. (2023).
        new(Tariffs, "2024", "2024", Year),                  // BBC. (2024).
        new(Tariffs, "2025", "2025", Year),                  // Brookings Institution. (2025).
        new(Tariffs, "2024", "2024", Year),                  // National Security Archive. (2024).

        // trump-putin-relationship-overview, published 2026
        new(Overview, "2026", "2026", Year),                 // ... the current state of US-Russia relations as of 2026.
        new(Overview, "2025", "2025", Year),                 // ... the Alaska Summit of 2025 ...
        new(Overview, "July 2018", "2018-07", Month),        // Held in Finland in July 2018, ...
        new(Overview, "August 2025", "2025-08", Month),      // In August 2025, President Trump and President Putin met in Anchorage ...
        new(Overview, "2025", "2025", Year),                 // ... a targeted 5% of GDP by 2025.
        new(Overview, "early 2026", "2026", Year),           // As of early 2026, President Trump has positioned himself ...
        new(Overview, "2026", "2026", Year),                 // At the World Economic Forum in 2026, ...
        new(Overview, "2018", "2018", Year),                 // ... Helsinki (2018), Osaka (2019), and Anchorage (2025).
        new(Overview, "2019", "2019", Year),
        new(Overview, "2025", "2025", Year),
        new(Overview, "2025", "2025", Year),                 // What was the outcome of the 2025 Alaska Summit?
        new(Overview, "2026", "2026", Year),                 // By 2026, the global order has transitioned ...
        new(Overview, "2026", "2026", Year),                 // ... such as the 2026 tariff negotiations ...

        // why-trump-has-a-soft-spot-for-russia, published 2026-01
        new(SoftSpot, "2016", "2016", Year),                 // ... haunted American politics since about 2016.
        new(SoftSpot, "January 2026", "2026-01", Month),     // Fast forward to January 2026, ...
        new(SoftSpot, "last week", "2026-01", Month),        // Just last week, we saw reports of Trump's team ... (month: published is a month)
        new(SoftSpot, "1987", "1987", Year),                 // 1987: Trump's first trip to Moscow ...
        new(SoftSpot, "2013", "2013", Year),                 // 2013: The Miss Universe pageant in Moscow.
        new(SoftSpot, "2016", "2016", Year),                 // 2016: The infamous Helsinki summit ... (the article's own date)
        new(SoftSpot, "2026", "2026", Year),                 // Even now in 2026, there are still people talking ...
    ];

    /// <summary>Items the harvester produces that are not dated items, each with why.</summary>
    private static readonly (Row Row, string Reason)[] KnownFalsePositiveRows =
    [
        (new(News, "Right now", "2026-01-17", Day), "\"Right now, the ... news cycle is dominated by\": the article's present tense, not an event (curators suppress it)."),
        (new(Siding, "today", "2026-01", Month), "\"scroll through any social feed today\": means 'nowadays', not an event (curators suppress it)."),
        (new(Siding, "Right now", "2026-01", Month), "\"Right now, the big talk in Washington and Davos\": the article's present tense, not an event (curators suppress it)."),
        (new(Overview, "right now", "2026", Year), "\"Can Americans travel to Russia right now?\": an evergreen FAQ question; 'now' is the reader's, not a 2026 event."),
        (new(SoftSpot, "Right now", "2026-01", Month), "\"Right now, the situation is tense.\": the article's present tense, not an event (curators suppress it)."),
    ];

    /// <summary>
    /// True dates in running text that the harvester does not produce, by DateExtractor's documented decision that a
    /// year after an adjective or a preposition like "regarding" is not told apart from a count. Not in
    /// <see cref="Expected"/> (so missed stays empty), but kept visible: a fix makes <see cref="Harvest_SeedCorpus_KnownMissesAreStillMissed"/>
    /// fail, and the row then moves to <see cref="Expected"/>.
    /// </summary>
    private static readonly (string Article, string SentenceFragment, string Iso, DatePrecision Precision, string Reason)[] KnownMisses =
    [
        (Overview, "regarding 2016 election interference", "2016", Year, "a bare year after 'regarding' is not read as a year."),
        (SoftSpot, "the specific 2026 sanctions on Rosneft", "2026", Year, "a year after an adjective is not told apart from a count."),
    ];

    private static readonly Lazy<IReadOnlyList<Found>> Harvested = new(HarvestCorpus);

    [Fact]
    public void Harvest_SeedCorpus_MissesNoExpectedDate()
    {
        var missed = MultisetExcept(Expected, Harvested.Value.Select(f => f.Row));

        Assert.True(missed.Count == 0, $"{missed.Count} expected dated item(s) not harvested:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void Harvest_SeedCorpus_FalsePositivesAreExactlyTheKnownOnes()
    {
        var falsePositives = MultisetExcept(Harvested.Value.Select(f => f.Row), Expected);
        var described = falsePositives.Select(row => $"{row}  in: {QuoteOf(row)}").ToList();

        Assert.True(
            falsePositives.Count == KnownFalsePositives,
            $"{falsePositives.Count} false positive(s), {KnownFalsePositives} known:\n" + string.Join("\n", described));
        Assert.Equal(KnownFalsePositiveRows.Select(k => k.Row.ToString()).Order(StringComparer.Ordinal), falsePositives.Select(r => r.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KnownFalsePositiveTable_MatchesItsCountAndIsNotExpected()
    {
        Assert.Equal(KnownFalsePositives, KnownFalsePositiveRows.Length);
        Assert.All(KnownFalsePositiveRows, k => Assert.DoesNotContain(k.Row, Expected));
        Assert.All(KnownFalsePositiveRows, k => Assert.False(string.IsNullOrWhiteSpace(k.Reason)));
    }

    [Fact]
    public void Harvest_SeedCorpus_KnownMissesAreStillMissed()
    {
        var nowFound = KnownMisses
            .Where(m => Harvested.Value.Any(f => f.Row.Article == m.Article
                && f.Quote.Contains(m.SentenceFragment, StringComparison.Ordinal)
                && f.Row.Iso == m.Iso
                && f.Row.Precision == m.Precision))
            .Select(m => $"{m.Article} {m.Iso} {m.Precision} in \"{m.SentenceFragment}\" (was: {m.Reason})")
            .ToList();

        Assert.True(nowFound.Count == 0, "Known misses now harvested; move them to Expected:\n" + string.Join("\n", nowFound));
    }

    [Theory]
    [InlineData(News, "last August", "2025-08", Month)]
    [InlineData(News, "next week", "2026-01-19", Week)]
    [InlineData(News, "earlier this month", "2026-01", Month)]
    [InlineData(News, "January 17", "2026-01-17", Day)]
    [InlineData(News, "February 4", "2026-02-04", Day)]
    [InlineData(News, "February 5th", "2026-02-05", Day)]
    [InlineData(Siding, "this January", "2026-01", Month)]
    [InlineData(Siding, "February", "2026-02", Month)]
    [InlineData(Tariffs, "February", "2025-02", Month)]
    [InlineData(Tariffs, "this year", "2025", Year)]
    [InlineData(SoftSpot, "last week", "2026-01", Month)]
    public void Harvest_SeedCorpus_ResolvesRelativeAndYearlessExpressions(string article, string expression, string iso, DatePrecision precision)
    {
        var row = new Row(article, expression, iso, precision);
        var sameExpression = Harvested.Value.Where(f => f.Row.Article == article && f.Row.Expression == expression).Select(f => f.Row.ToString());

        Assert.True(
            Harvested.Value.Any(f => f.Row == row),
            $"{row} not harvested; '{expression}' in {article} gave: [{string.Join("; ", sameExpression)}]");
        Assert.Contains(row, Expected);
    }

    private static IReadOnlyList<Found> HarvestCorpus()
    {
        var topics = new TopicMatcher(TopicCatalogParser.Parse("topics.yaml", File.ReadAllText(FindContentFile("topics.yaml"))));
        var found = new List<Found>();
        foreach (var file in ContentCorpus.LoadAll())
        {
            var parsed = ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine);
            var split = parsed.WithSentences();
            foreach (var harvested in ArticleDateHarvester.Harvest(file.Metadata, split, topics))
            {
                var when = harvested.Item.When;
                found.Add(new Found(new Row(harvested.Item.ArticleId, harvested.Expression, when.ToIsoString(), when.Precision), harvested.Item.Quote));
            }
        }

        return found;
    }

    /// <summary>The rows of <paramref name="left"/> left over after each row of <paramref name="right"/> takes away one equal row.</summary>
    private static List<Row> MultisetExcept(IEnumerable<Row> left, IEnumerable<Row> right)
    {
        var remaining = right.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<Row>();
        foreach (var row in left)
        {
            if (remaining.TryGetValue(row, out var count) && count > 0)
            {
                remaining[row] = count - 1;
            }
            else
            {
                result.Add(row);
            }
        }

        return result;
    }

    private static string QuoteOf(Row row) =>
        string.Join(" | ", Harvested.Value.Where(f => f.Row == row).Select(f => f.Quote).Distinct(StringComparer.Ordinal));

    private static string FindContentFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "content", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("No content/" + name + " above " + AppContext.BaseDirectory);
    }

    /// <summary>One dated item as the table states it.</summary>
    private readonly record struct Row(string Article, string Expression, string Iso, DatePrecision Precision)
    {
        public override string ToString() => $"{Article} \"{Expression}\" {Iso} {Precision}";
    }

    private sealed record Found(Row Row, string Quote);
}
