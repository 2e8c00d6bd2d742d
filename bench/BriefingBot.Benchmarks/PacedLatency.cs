using System.Diagnostics;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The loop the end-to-end latency runs share: one request at a time, at most <paramref name="perSecond"/> a second,
/// each timed from start to its answer; and the median/p95/p99/max line they print.
/// </summary>
internal static class PacedLatency
{
    /// <param name="one">Sends request <c>i</c> and completes when its answer has arrived.</param>
    public static async Task<List<double>> MeasureAsync(int count, int perSecond, Func<int, Task> one)
    {
        var latencies = new List<double>(count);
        var spacing = TimeSpan.FromSeconds(1.0 / perSecond);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await one(i);
            var elapsed = Stopwatch.GetElapsedTime(started);
            latencies.Add(elapsed.TotalMilliseconds);
            if (elapsed < spacing)
            {
                await Task.Delay(spacing - elapsed);
            }
        }

        return latencies;
    }

    public static string Summary(List<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return $"median {Percentile(sorted, 0.50):F1} ms, p95 {Percentile(sorted, 0.95):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {sorted[^1]:F1} ms";
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
