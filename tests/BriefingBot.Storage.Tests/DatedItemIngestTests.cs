using BriefingBot.Core.Dates;

namespace BriefingBot.Storage.Tests;

public sealed class DatedItemIngestTests
{
    private const string NewStartArticle = "trump-putin-news-what-people-get-wrong";
    private const string OverviewArticle = "trump-putin-relationship-overview";

    [Fact]
    public async Task Ingest_BundledCorpus_FindsTheNewStartExpiryWithItsVerbatimSentence()
    {
        await using var store = await TestStore.CreateAsync();

        var items = await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None);

        var expiry = Assert.Single(items, i => i.Quote == "The New START Treaty is set to expire on February 4, 2026.");
        Assert.Equal(DateSpan.OnDay(new DateOnly(2026, 2, 4)), expiry.When);
        Assert.Equal(NewStartArticle, expiry.ArticleId);
        Assert.Contains("new-start", expiry.Topics);
        Assert.Equal("new-start-expiry", expiry.Event);
    }

    [Fact]
    public async Task Ingest_Twice_KeepsItemKeysStable()
    {
        await using var store = await TestStore.CreateAsync();
        var before = (await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None)).Select(i => i.Key).ToArray();
        await File.AppendAllTextAsync(store.ArticlePath("no-tariffs-just-trust"), "\nOne more line.");

        await store.IngestAsync();

        var after = (await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None)).Select(i => i.Key).ToArray();
        Assert.Equal(before.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Curation_Suppress_RemovesTheItemAndRemovingTheEntryRestoresIt()
    {
        await using var store = await TestStore.CreateAsync();
        var items = new SqliteDatedItemStore(store.Database);
        var curatedPath = Path.Combine(store.ContentPath, ContentIngester.CuratedItemsFile);
        const string Match = "In August 2025, President Trump and President Putin met in Anchorage";
        Assert.Contains(await items.GetItemsAsync(CancellationToken.None), i => i.Quote.StartsWith(Match, StringComparison.Ordinal));

        await File.AppendAllTextAsync(curatedPath, $"\n  - action: suppress\n    article: {OverviewArticle}\n    match: \"{Match}\"\n");
        await store.IngestAsync();
        Assert.DoesNotContain(await items.GetItemsAsync(CancellationToken.None), i => i.Quote.StartsWith(Match, StringComparison.Ordinal));

        File.Delete(curatedPath);
        await store.IngestAsync();
        Assert.Contains(await items.GetItemsAsync(CancellationToken.None), i => i.Quote.StartsWith(Match, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Curation_CorrectWithADay_MakesAMonthItemRemindable()
    {
        await using var store = await TestStore.CreateAsync();
        var curatedPath = Path.Combine(store.ContentPath, ContentIngester.CuratedItemsFile);
        await File.AppendAllTextAsync(curatedPath, """

              - action: correct
                article: trump-putin-relationship-overview
                match: "Held in Finland in July 2018"
                date: 2018-07-16
                label: "The Helsinki summit"

            """);

        await store.IngestAsync();

        var item = Assert.Single(await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None),
            i => i.Quote.StartsWith("Held in Finland in July 2018", StringComparison.Ordinal));
        Assert.True(item.CanRemind);
        Assert.Equal("The Helsinki summit", item.Label);
        Assert.Equal(DatedItemOrigin.Curated, item.Origin);
    }

    [Fact]
    public async Task Curation_Add_QuotesTheWholeMatchingSentence()
    {
        await using var store = await TestStore.CreateAsync();
        await File.AppendAllTextAsync(Path.Combine(store.ContentPath, ContentIngester.CuratedItemsFile), """

              - action: add
                article: trump-putin-relationship-overview
                match: "In August 2025, President Trump and President Putin met in Anchorage"
                date: 2025-08
                label: "Alaska summit in Anchorage"

            """);

        await store.IngestAsync();

        var added = Assert.Single(await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None), i => i.Label == "Alaska summit in Anchorage");
        Assert.Equal("In August 2025, President Trump and President Putin met in Anchorage, Alaska, marking their first in-person encounter in several years.", added.Quote);
        Assert.Contains("alaska-summit", added.Topics);
    }

    [Fact]
    public async Task Curation_EntryMatchingNothing_IsReportedAndTheRestStillApplies()
    {
        await using var store = await TestStore.CreateAsync();
        await File.AppendAllTextAsync(Path.Combine(store.ContentPath, ContentIngester.CuratedItemsFile),
            $"\n  - action: suppress\n    article: {NewStartArticle}\n    match: \"text that is not in the article\"\n");

        var report = await store.IngestAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Contains("matches no sentence", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None),
            i => i.Quote.StartsWith("Right now, the Donald Trump", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Politico. (2024).")]
    [InlineData("BBC. (2024).")]
    [InlineData("Check for official statements regarding the New START Treaty extension")]
    [InlineData("What was the outcome of the 2025 Alaska Summit?")]
    public async Task Ingest_SentencesThatAreNotStatements_GiveNoDatedItem(string sentenceStart)
    {
        await using var store = await TestStore.CreateAsync();

        var items = await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None);

        Assert.DoesNotContain(items, i => i.Quote.StartsWith(sentenceStart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_SentenceWithThreeYears_GivesThreeItems()
    {
        await using var store = await TestStore.CreateAsync();

        var items = await new SqliteDatedItemStore(store.Database).GetItemsAsync(CancellationToken.None);

        var years = items.Where(i => i.Quote.StartsWith("They have met in person several times", StringComparison.Ordinal)).Select(i => i.When.Start.Year).Order();
        Assert.Equal([2018, 2019, 2025], years);
    }

    [Fact]
    public async Task Ingest_StoreMadeByOlderTextRules_ReReadsEveryArticle()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ScalarAsync("UPDATE state SET value = 'older' WHERE key = 'text_rules_version';");

        var report = await store.IngestAsync();

        Assert.Equal(5, report.Updated.Count);
        Assert.Empty((await store.IngestAsync()).Updated);
    }
}
