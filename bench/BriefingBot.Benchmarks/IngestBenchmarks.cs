using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BriefingBot.Core.Content;
using BriefingBot.Core.Text;
using BriefingBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Benchmarks;

/// <summary>
/// A full <see cref="ContentIngester.IngestAsync"/> of a corpus into a database that does not exist yet (schema
/// migration included). One ingest per iteration, each into a new file; the previous one is deleted in the
/// iteration setup, outside the measurement. The MB/s column is article body bytes over the mean time.
/// <c>ParseOnly</c> does the ingester's text work alone (front matter, chrome removal, paragraphs, sentences) with
/// no database, so the difference between the two rows is what SQLite and FTS5 indexing cost. The baseline,
/// <c>RawFts5BulkInsert</c>, inserts the same sentences' text (split beforehand, outside the measurement) into a bare
/// FTS5 table with the store's tokenizer, in one transaction, in a new file: the least any ingest can cost, so
/// the Ratio column reads as how many times that an ingest takes.
/// </summary>
/// <remarks>
/// Two classes because the two corpora need different jobs: the bundled ingest takes milliseconds and gets many
/// iterations; the synthetic one takes long enough that a few are all a run can afford. Filter on <c>*Ingest*</c>
/// for both.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(IngestColumnsConfig))]
[GcServer(true)] // As the bot runs (src/BriefingBot/BriefingBot.csproj).
public abstract class IngestBenchmarks
{
    private string _contentPath = "";
    private string? _databasePath;
    private string[] _sentences = [];

    public abstract string Corpus { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _contentPath = Corpora.ContentPath(Corpus);
        var bytes = Corpora.BodyBytes(_contentPath);
        _sentences = [.. SplitSentences()];
        Console.WriteLine($"// Ingest corpus {Corpus}: {_contentPath}, {bytes:N0} body bytes, {_sentences.Length:N0} sentences");
    }

    [IterationSetup]
    public void IterationSetup()
    {
        DeletePrevious();
        _databasePath = Corpora.ScratchDatabasePath("ingest-" + Corpus.ToLowerInvariant());
    }

    [Benchmark(Baseline = true)]
    public int RawFts5BulkInsert()
    {
        using var connection = new SqliteConnection($"Data Source={_databasePath}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                + "CREATE VIRTUAL TABLE raw_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO raw_fts (text) VALUES ($text);";
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        foreach (var sentence in _sentences)
        {
            text.Value = sentence;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return _sentences.Length;
    }

    [Benchmark]
    public async Task<int> Ingest()
    {
        var database = new SqliteDatabase(_databasePath!);
        var report = await new ContentIngester(database, TimeProvider.System, NullLogger<ContentIngester>.Instance)
            .IngestAsync(_contentPath, CancellationToken.None);
        return report.Problems.Count == 0
            ? report.Added.Count
            : throw new InvalidOperationException($"Ingest reported {report.Problems.Count} problems; the first: {report.Problems[0].Message}");
    }

    [Benchmark]
    public int ParseOnly() => SplitSentences().Count();

    private IEnumerable<string> SplitSentences()
    {
        var files = Directory.EnumerateFiles(Path.Combine(_contentPath, ContentIngester.ArticlesFolder), "*.md").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var article = ArticleFileParser.Parse(Path.GetFileName(file), File.ReadAllText(file, Encoding.UTF8));
            var parsed = ArticleTextParser.Parse(article.Body, article.Metadata, article.FirstBodyLine);
            foreach (var paragraph in parsed.Paragraphs)
            {
                foreach (var sentence in SentenceSplitter.Split(paragraph.Text))
                {
                    yield return sentence;
                }
            }
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup() => DeletePrevious();

    private void DeletePrevious()
    {
        if (_databasePath is not null)
        {
            Corpora.DeleteDatabase(_databasePath);
            _databasePath = null;
        }
    }

    private sealed class IngestColumnsConfig : ManualConfig
    {
        public IngestColumnsConfig() => AddColumn(new CorpusSizeColumn(), new IngestThroughputColumn());
    }
}

/// <summary>The five bundled articles: milliseconds per ingest, so many iterations.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30)]
public class BundledIngestBenchmarks : IngestBenchmarks
{
    [Params(Corpora.Bundled)]
    public override string Corpus { get; set; } = Corpora.Bundled;
}

/// <summary>The 10,000-article synthetic corpus: long per ingest, so one warm-up and three measured iterations.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SyntheticIngestBenchmarks : IngestBenchmarks
{
    [Params(Corpora.Synthetic10k)]
    public override string Corpus { get; set; } = Corpora.Synthetic10k;
}
