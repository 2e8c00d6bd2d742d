using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BriefingBot.Core.Briefing;
using BriefingBot.Core.Topics;
using BriefingBot.Storage;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <see cref="BriefingEngine.BriefAsync"/> against a raw FTS5 MATCH of the user's own words, per query and corpus, so
/// the Ratio column reads as what the engine costs over the bare index lookup of what was typed.
/// </summary>
/// <remarks>
/// <para>Per category (one query) and corpus: the baseline runs
/// <c>SELECT rowid, rank FROM sentences WHERE sentences MATCH $q ORDER BY rank LIMIT 60</c> on a connection
/// held open since setup, with <c>$q</c> every word the user typed, stop words left out, a named topic's words as one
/// phrase, all required ("New START" is <c>"new start"</c>; "sanctions on Russian oil" is
/// <c>"sanctions" AND "russian" AND "oil"</c>): the first tier the engine searches. <c>Store.SearchAsync</c> adds a
/// pooled connection, the statement filter, each match's stored row (each text once) and its paragraph; <c>Engine.BriefAsync cold</c> is a whole answer with no
/// cache (every tier it needs, the summary, quotes, articles and counts); <c>warm</c> is a repeated question, answered
/// from the briefing cache after reading the corpus version.</para>
/// <para>The queries: a topic by name, two topics and a word in a sentence, and plain words with no topic (four
/// words: when fewer than 60 sentences hold all four, the engine goes on to "most of them").</para>
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 25)]
[IterationTime(200)]
[GcServer(true)] // As the bot runs (src/BriefingBot/BriefingBot.csproj).
public class BriefBenchmarks
{
    public const string TopicQuery = "New START";
    public const string TwoTopicsQuery = "sanctions on Russian oil";
    public const string PlainWordsQuery = "White House deal with the Kremlin";

    private const string RawSql = "SELECT rowid, rank FROM sentences WHERE sentences MATCH $q ORDER BY rank LIMIT 60;";

    private SqliteDatabase _database = null!;
    private SqliteArticleStore _store = null!;
    private BriefingEngine _cold = null!;
    private BriefingEngine _warm = null!;
    private SqliteConnection _rawConnection = null!;
    private readonly Dictionary<string, (SearchQuery Search, string Fts)> _queries = new(StringComparer.Ordinal);

    [Params(Corpora.Bundled, Corpora.Synthetic10k)]
    public string Corpus { get; set; } = Corpora.Bundled;

    [GlobalSetup]
    public async Task GlobalSetup()
    {
        _database = await Corpora.ReadOnlyDatabaseAsync(Corpus);
        _store = new SqliteArticleStore(_database);
        _cold = new BriefingEngine(_store, cacheAnswers: false);
        _warm = new BriefingEngine(_store);
        _rawConnection = await _database.OpenAsync(CancellationToken.None);

        var matcher = new TopicMatcher(await _store.GetTopicsAsync(CancellationToken.None));
        foreach (var text in new[] { TopicQuery, TwoTopicsQuery, PlainWordsQuery })
        {
            var analysed = new QueryAnalyzer(matcher).Analyse(text);
            var usersWords = analysed.Tiers[0];
            var fts = Fts5QueryWriter.Write(usersWords);
            _queries[text] = (usersWords, fts);
            var briefing = await _warm.BriefAsync(text, CancellationToken.None);
            var tiers = string.Join(" | ", analysed.Tiers.Select(t => $"{RawRows(Fts5QueryWriter.Write(t))} rows"));
            Console.WriteLine(
                $"// {Corpus} \"{text}\": user's words {fts} → {RawRows(fts)} rows (tiers: {tiers}); "
                + $"{briefing.Summary.Count} summary sentences, {briefing.Quotes.Count} quotes, {briefing.ArticleCount} articles");
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _rawConnection.Dispose();
        if (Corpus == Corpora.Bundled)
        {
            Corpora.DeleteDatabase(_database.Path);
        }
    }

    [BenchmarkCategory("NewSTART"), Benchmark(Baseline = true, Description = "Raw FTS5 MATCH of the user's words")]
    public int RawTopic() => RawRows(_queries[TopicQuery].Fts);

    [BenchmarkCategory("NewSTART"), Benchmark(Description = "Store.SearchAsync")]
    public Task<IReadOnlyList<SentenceHit>> StoreTopic() => _store.SearchAsync(_queries[TopicQuery].Search, BriefingEngine.CandidateCount, CancellationToken.None);

    [BenchmarkCategory("NewSTART"), Benchmark(Description = "Engine.BriefAsync cold")]
    public Task<Briefing> EngineTopic() => _cold.BriefAsync(TopicQuery, CancellationToken.None);

    [BenchmarkCategory("NewSTART"), Benchmark(Description = "Engine.BriefAsync warm")]
    public Task<Briefing> EngineTopicWarm() => _warm.BriefAsync(TopicQuery, CancellationToken.None);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Baseline = true, Description = "Raw FTS5 MATCH of the user's words")]
    public int RawTwoTopics() => RawRows(_queries[TwoTopicsQuery].Fts);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Description = "Store.SearchAsync")]
    public Task<IReadOnlyList<SentenceHit>> StoreTwoTopics() => _store.SearchAsync(_queries[TwoTopicsQuery].Search, BriefingEngine.CandidateCount, CancellationToken.None);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Description = "Engine.BriefAsync cold")]
    public Task<Briefing> EngineTwoTopics() => _cold.BriefAsync(TwoTopicsQuery, CancellationToken.None);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Description = "Engine.BriefAsync warm")]
    public Task<Briefing> EngineTwoTopicsWarm() => _warm.BriefAsync(TwoTopicsQuery, CancellationToken.None);

    [BenchmarkCategory("PlainWords"), Benchmark(Baseline = true, Description = "Raw FTS5 MATCH of the user's words")]
    public int RawPlainWords() => RawRows(_queries[PlainWordsQuery].Fts);

    [BenchmarkCategory("PlainWords"), Benchmark(Description = "Store.SearchAsync")]
    public Task<IReadOnlyList<SentenceHit>> StorePlainWords() => _store.SearchAsync(_queries[PlainWordsQuery].Search, BriefingEngine.CandidateCount, CancellationToken.None);

    [BenchmarkCategory("PlainWords"), Benchmark(Description = "Engine.BriefAsync cold")]
    public Task<Briefing> EnginePlainWords() => _cold.BriefAsync(PlainWordsQuery, CancellationToken.None);

    [BenchmarkCategory("PlainWords"), Benchmark(Description = "Engine.BriefAsync warm")]
    public Task<Briefing> EnginePlainWordsWarm() => _warm.BriefAsync(PlainWordsQuery, CancellationToken.None);

    /// <summary>Runs the bare MATCH and reads every row, as the store would before its joins.</summary>
    private int RawRows(string fts)
    {
        using var command = _rawConnection.CreateCommand();
        command.CommandText = RawSql;
        command.Parameters.AddWithValue("$q", fts);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetInt64(0);
            _ = reader.GetDouble(1);
            rows++;
        }

        return rows;
    }
}
