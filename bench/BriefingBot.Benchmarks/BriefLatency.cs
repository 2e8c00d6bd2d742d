using System.Diagnostics;
using BriefingBot.Core.Briefing;
using BriefingBot.Core.Topics;
using BriefingBot.Storage;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <c>-- brief-latency [calls]</c>: per-call latency of <c>/brief</c> on the 10,000-article corpus, beside a raw FTS5
/// MATCH of the user's own words, for the percentiles of single calls that BenchmarkDotNet's iteration means smooth
/// over. For each query, calls of the three kinds are interleaved (raw, cold answer, warm answer), after a few
/// untimed calls, and each kind's median, p99 and max are printed with the cold/raw ratio of the medians and p99s.
/// </summary>
internal static class BriefLatency
{
    public const int DefaultCalls = 200;
    private const int WarmUp = 5;

    public static async Task RunAsync(int calls)
    {
        var database = await Corpora.ReadOnlyDatabaseAsync(Corpora.Synthetic10k);
        var store = new SqliteArticleStore(database);
        var cold = new BriefingEngine(store, cacheAnswers: false);
        var warm = new BriefingEngine(store);
        await using var raw = await database.OpenAsync(CancellationToken.None);
        var matcher = new TopicMatcher(await store.GetTopicsAsync(CancellationToken.None));

        Console.WriteLine($"/brief on {Corpora.Synthetic10k}, {calls} calls of each kind per query, interleaved:");
        foreach (var text in new[] { BriefBenchmarks.TopicQuery, BriefBenchmarks.TwoTopicsQuery, BriefBenchmarks.PlainWordsQuery })
        {
            var fts = Fts5QueryWriter.Write(new QueryAnalyzer(matcher).Analyse(text).Tiers[0]);
            List<double> rawTimes = [], coldTimes = [], warmTimes = [];
            for (var i = -WarmUp; i < calls; i++)
            {
                var rawMs = await TimeAsync(() => RawAsync(raw, fts));
                var coldMs = await TimeAsync(() => cold.BriefAsync(text, CancellationToken.None));
                var warmMs = await TimeAsync(() => warm.BriefAsync(text, CancellationToken.None));
                if (i >= 0)
                {
                    rawTimes.Add(rawMs);
                    coldTimes.Add(coldMs);
                    warmTimes.Add(warmMs);
                }
            }

            Console.WriteLine($"  \"{text}\" (raw: {fts})");
            Console.WriteLine($"    raw MATCH of the user's words: {PacedLatency.Summary(rawTimes)}");
            Console.WriteLine($"    brief, cold:                   {PacedLatency.Summary(coldTimes)}");
            Console.WriteLine($"    brief, warm (cached):          {PacedLatency.Summary(warmTimes)}");
            Console.WriteLine($"    cold/raw: median {Percentile(coldTimes, 0.5) / Percentile(rawTimes, 0.5):F2}x, p99 {Percentile(coldTimes, 0.99) / Percentile(rawTimes, 0.99):F2}x");
        }
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task RawAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string fts)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, rank FROM sentences WHERE sentences MATCH $q ORDER BY rank LIMIT 60;";
        command.Parameters.AddWithValue("$q", fts);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = reader.GetInt64(0);
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
    }
}
