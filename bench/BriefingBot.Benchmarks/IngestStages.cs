using System.Diagnostics;
using System.Text;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Text;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;
using BriefingBot.Storage;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <c>-- ingest-stages [rounds]</c>: where an ingest's text work goes, stage by stage, on one thread, over the
/// 10,000-article corpus (no database): reading and front matter, chrome rules and paragraphs, sentences, roles, dated
/// items. The files are read into memory once before timing; each round times
/// every stage over every article, and the fastest round is printed (GC counts are for all rounds).
/// </summary>
internal static class IngestStages
{
    public const int DefaultRounds = 3;

    public static async Task RunAsync(int rounds)
    {
        var content = Corpora.ContentPath(Corpora.Synthetic10k);
        var files = Directory.EnumerateFiles(Path.Combine(content, ContentIngester.ArticlesFolder), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Text: File.ReadAllText(path, Encoding.UTF8)))
            .ToArray();
        var topicsText = await File.ReadAllTextAsync(Path.Combine(content, ContentIngester.TopicsFile));
        var topics = new TopicMatcher(TopicCatalogParser.Parse(ContentIngester.TopicsFile, topicsText));

        string[] names = ["front matter", "chrome and paragraphs", "sentences", "roles", "dated items"];
        var best = Enumerable.Repeat(TimeSpan.MaxValue, names.Length).ToArray();
        var bytes = new long[names.Length];
        var gen0 = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var round = 0; round < rounds; round++)
        {
            var times = new TimeSpan[names.Length];
            foreach (var (name, text) in files)
            {
                _lastAllocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var article = ArticleFileParser.Parse(name, text);
                Lap(times, bytes, 0, clock);
                var parsed = ArticleTextParser.Parse(article.Body, article.Metadata, article.FirstBodyLine);
                Lap(times, bytes, 1, clock);
                var split = parsed.WithSentences();
                Lap(times, bytes, 2, clock);
                var roles = SentenceRoleClassifier.Classify(split);
                Lap(times, bytes, 3, clock);
                _ = ArticleDateHarvester.Harvest(article.Metadata, split, topics, roles);
                Lap(times, bytes, 4, clock);
            }

            for (var i = 0; i < names.Length; i++)
            {
                best[i] = times[i] < best[i] ? times[i] : best[i];
            }
        }

        Console.WriteLine($"Text work of {files.Length:N0} articles ({Corpora.BodyBytes(content) / 1e6:N1} MB of body), one thread, best of {rounds} rounds:");
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"  {names[i],-24}{best[i].TotalSeconds,8:N3} s {bytes[i] / rounds / 1e6,8:N0} MB allocated");
        }

        Console.WriteLine($"  {"total",-24}{best.Sum(t => t.TotalSeconds),8:N3} s");
        Console.WriteLine($"  ({GC.CollectionCount(0) - gen0} gen-0 collections, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / rounds / 1e6:N0} MB allocated per round)");
    }

    private static void Lap(TimeSpan[] times, long[] bytes, int stage, Stopwatch clock)
    {
        times[stage] += clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        bytes[stage] += allocated - _lastAllocated;
        _lastAllocated = allocated;
        clock.Restart();
    }

    private static long _lastAllocated;
}
