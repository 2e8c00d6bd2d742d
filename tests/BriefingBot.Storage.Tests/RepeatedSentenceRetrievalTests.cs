using BriefingBot.Core.Briefing;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// A corpus that repeats a sentence word for word (a wire story republished by many sites) must not crowd every
/// other sentence out of a briefing: each text counts once among the candidates a search returns. There are more copies
/// than twice the candidates, so the best-ranked matches are copies far past the number of candidates asked for.
/// </summary>
public sealed class RepeatedSentenceRetrievalTests : IAsyncLifetime
{
    private const string Repeated = "Oil sanctions cut Russian exports by a third.";

    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(ingest: false);
        var copies = Enumerable.Range(1, (SentenceRetriever.CandidateCount * 2) + 10)
            .Select(n => ($"wire-copy-{n:D3}", TestStore.ArticleText($"wire-copy-{n:D3}", $"{Repeated} Copy {n} was published by another site.")));
        var originals = new[]
        {
            ("refiners", TestStore.ArticleText("refiners", "Oil sanctions pushed Indian refiners to look for cargoes from other suppliers in March.")),
            ("price-cap", TestStore.ArticleText("price-cap", "The price cap on Russian oil sanctions tankers that carry crude above $60 a barrel.")),
            ("budget", TestStore.ArticleText("budget", "Moscow's budget lost a fifth of its oil revenue after the sanctions on its two largest exporters.")),
        };
        _store.UseArticles([.. copies, .. originals]);
        await _store.IngestAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Search_ReturnsEachTextOnce_WithItsBestRankedCopy()
    {
        var query = new SearchQuery([new SearchClause([["oil"]]), new SearchClause([["sanctions"]])], 2) { StatementsOnly = true };

        var hits = await _store.Articles.SearchAsync(query, SentenceRetriever.CandidateCount, CancellationToken.None);

        Assert.Equal(hits.Count, hits.Select(h => h.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(hits, h => h.ArticleId == "refiners");
        Assert.Contains(hits, h => h.ArticleId == "budget");
        Assert.Equal(Repeated, hits[0].Text);
    }

    [Fact]
    public async Task Brief_OnARepeatedSentence_StillSummarisesAndQuotesTheOtherArticles()
    {
        var briefing = await new BriefingEngine(_store.Articles).BriefAsync("oil sanctions", CancellationToken.None);

        var shown = briefing.Summary.Select(s => s.Source.ArticleId).Concat(briefing.Quotes.Select(q => q.Source.ArticleId)).ToArray();
        Assert.Contains("refiners", shown);
        Assert.Contains("price-cap", shown);
        Assert.Contains("budget", shown);
    }
}
