using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace BriefingBot.Benchmarks;

/// <summary>
/// A percentile of the iteration times, which BenchmarkDotNet's built-in columns stop short of (they offer P0-P100
/// in coarse steps, P95 the highest below the maximum). Like theirs, it is a percentile of per-iteration means, not
/// of single calls.
/// </summary>
public sealed class PercentileTimeColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileTimeColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10 + percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"Percentile {percentile}: {percentile}% of the iterations took at most this long";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        var unit = style.TimeUnit ?? TimeUnit.GetBestTimeUnit(nanoseconds);
        var text = (nanoseconds / unit.BaseUnits).ToString("N3", style.CultureInfo ?? CultureInfo.InvariantCulture);
        return style.PrintUnitsInContent ? text + " " + unit.Abbreviation : text;
    }
}

/// <summary>
/// Ingest throughput: the corpus's article body bytes (see <see cref="Corpora.BodyBytes"/>) divided by the mean
/// time of one ingest, in MB/s (10^6 bytes). Reads the <c>Corpus</c> parameter of the benchmark case.
/// </summary>
public sealed class IngestThroughputColumn : IColumn
{
    public string Id => nameof(IngestThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Article body bytes ingested per second of mean time, in MB/s (10^6 bytes)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || benchmarkCase.Parameters["Corpus"] is not string corpus)
        {
            return "NA";
        }

        var megabytes = Corpora.BodyBytes(Corpora.ContentPath(corpus)) / 1e6;
        return (megabytes / (mean.Value / 1e9)).ToString("N2", style.CultureInfo ?? CultureInfo.InvariantCulture);
    }
}

/// <summary>The corpus's size beside the throughput, so the MB/s figure can be checked by hand.</summary>
public sealed class CorpusSizeColumn : IColumn
{
    public string Id => nameof(CorpusSizeColumn);

    public string ColumnName => "Body MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => -1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Total UTF-8 size of the article bodies ingested, in MB (10^6 bytes)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Parameters["Corpus"] is string corpus
            ? (Corpora.BodyBytes(Corpora.ContentPath(corpus)) / 1e6).ToString("N3", style.CultureInfo ?? CultureInfo.InvariantCulture)
            : "NA";
}
