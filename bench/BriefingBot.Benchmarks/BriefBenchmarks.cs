using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BriefingBot.Core.Briefing;
using BriefingBot.Core.Topics;
using BriefingBot.Storage;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <see cref="BriefingEngine.BriefAsync"/> against the raw FTS5 query it boils down to, per query and corpus, so the
/// Ratio column reads as the engine's overhead over the bare index lookup.
/// </summary>
/// <remarks>
/// <para>Per category (one query) and corpus there are three rows: the baseline runs
/// <c>SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH $q ORDER BY rank LIMIT 60</c> on a connection
/// held open since setup, with <c>$q</c> exactly the FTS text the engine generates for that query
/// (<see cref="QueryAnalyzer"/> then <see cref="Fts5QueryWriter"/>); <c>Store.SearchAsync</c> adds opening a pooled
/// connection (with its pragmas) and the join to sentences and paragraphs; <c>Engine.BriefAsync</c> adds loading the
/// topics, analysing the text, composing the summary and quotes and loading the articles they cite.</para>
/// <para>The queries: a topic by name ("New START": one clause of every phrase of the topic), two topics named in
/// a sentence ("sanctions on Russian oil": sanctions AND oil-and-energy; the leftover word "Russian" is not
/// searched), and plain words with no topic (four words, at least three per sentence: an OR of four AND groups).</para>
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 25)]
[IterationTime(200)]
public class BriefBenchmarks
{
    public const string TopicQuery = "New START";
    public const string TwoTopicsQuery = "sanctions on Russian oil";
    public const string PlainWordsQuery = "White House deal with the Kremlin";

    private const string RawSql = "SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH $q ORDER BY rank LIMIT 60;";

    private SqliteDatabase _database = null!;
    private SqliteArticleStore _store = null!;
    private BriefingEngine _engine = null!;
    private SqliteConnection _rawConnection = null!;
    private readonly Dictionary<string, (SearchQuery Search, string Fts)> _queries = new(StringComparer.Ordinal);

    [Params(Corpora.Bundled, Corpora.Synthetic10k)]
    public string Corpus { get; set; } = Corpora.Bundled;

    [GlobalSetup]
    public async Task GlobalSetup()
    {
        _database = await Corpora.ReadOnlyDatabaseAsync(Corpus);
        _store = new SqliteArticleStore(_database);
        _engine = new BriefingEngine(_store);
        _rawConnection = await _database.OpenAsync(CancellationToken.None);

        var matcher = new TopicMatcher(await _store.GetTopicsAsync(CancellationToken.None));
        foreach (var text in new[] { TopicQuery, TwoTopicsQuery, PlainWordsQuery })
        {
            var search = new QueryAnalyzer(matcher).Analyse(text).Search;
            var fts = Fts5QueryWriter.Write(search);
            _queries[text] = (search, fts);
            var matches = await _store.CountArticlesAsync(search, CancellationToken.None);
            var briefing = await _engine.BriefAsync(text, CancellationToken.None);
            Console.WriteLine(
                $"// {Corpus} \"{text}\": {RawRows(fts)} raw rows, {matches} matching articles, "
                + $"{briefing.Summary.Count} summary sentences, {briefing.Quotes.Count} quotes; FTS: {fts}");
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

    [BenchmarkCategory("NewSTART"), Benchmark(Baseline = true, Description = "Raw FTS5 MATCH")]
    public int RawTopic() => RawRows(_queries[TopicQuery].Fts);

    [BenchmarkCategory("NewSTART"), Benchmark(Description = "Store.SearchAsync")]
    public Task<IReadOnlyList<SentenceHit>> StoreTopic() => _store.SearchAsync(_queries[TopicQuery].Search, BriefingEngine.CandidateCount, CancellationToken.None);

    [BenchmarkCategory("NewSTART"), Benchmark(Description = "Engine.BriefAsync")]
    public Task<Briefing> EngineTopic() => _engine.BriefAsync(TopicQuery, CancellationToken.None);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Baseline = true, Description = "Raw FTS5 MATCH")]
    public int RawTwoTopics() => RawRows(_queries[TwoTopicsQuery].Fts);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Description = "Store.SearchAsync")]
    public Task<IReadOnlyList<SentenceHit>> StoreTwoTopics() => _store.SearchAsync(_queries[TwoTopicsQuery].Search, BriefingEngine.CandidateCount, CancellationToken.None);

    [BenchmarkCategory("SanctionsOil"), Benchmark(Description = "Engine.BriefAsync")]
    public Task<Briefing> EngineTwoTopics() => _engine.BriefAsync(TwoTopicsQuery, CancellationToken.None);

    [BenchmarkCategory("PlainWords"), Benchmark(Baseline = true, Description = "Raw FTS5 MATCH")]
    public int RawPlainWords() => RawRows(_queries[PlainWordsQuery].Fts);

    [BenchmarkCategory("PlainWords"), Benchmark(Description = "Store.SearchAsync")]
    public Task<IReadOnlyList<SentenceHit>> StorePlainWords() => _store.SearchAsync(_queries[PlainWordsQuery].Search, BriefingEngine.CandidateCount, CancellationToken.None);

    [BenchmarkCategory("PlainWords"), Benchmark(Description = "Engine.BriefAsync")]
    public Task<Briefing> EnginePlainWords() => _engine.BriefAsync(PlainWordsQuery, CancellationToken.None);

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
