using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Topic autocomplete (what Discord asks while a user types, answered within its 3-second window) at 1,000 topics
/// with four aliases each, built with a fixed seed from the words of the bundled topics. The typed texts are a
/// keystroke (one letter, matching many topics), a word start, a word inside names, and nothing that matches.
/// <see cref="BuildIndex"/> is the one-off cost when topics.yaml changes; the curated 22 topics are the baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class TopicAutocompleteBenchmarks
{
    public const int TopicCount = 1_000;
    public const int Seed = 20_261_127;

    private IReadOnlyList<Topic> _manyTopics = [];
    private TopicAutocomplete _many = null!;
    private TopicAutocomplete _curated = null!;

    [Params("n", "sanc", "treaty", "zzqx")]
    public string Typed { get; set; } = "";

    [GlobalSetup]
    public void SetUp()
    {
        var path = Path.Combine(Corpora.RepositoryContentPath(), "topics.yaml");
        var curated = TopicCatalogParser.Parse(path, File.ReadAllText(path));
        _curated = new TopicAutocomplete(curated);
        var words = curated.SelectMany(t => t.Phrases).SelectMany(p => p.Split(' ')).Where(w => w.Length > 2).Distinct().ToArray();
        var random = new Random(Seed);
        string Phrase() => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
        _manyTopics = [.. Enumerable.Range(0, TopicCount).Select(i => new Topic($"t{i}", Phrase(), [.. Enumerable.Range(0, 4).Select(_ => Phrase())]))];
        _many = new TopicAutocomplete(_manyTopics);
    }

    [Benchmark(Baseline = true)]
    public int Curated22() => _curated.Suggest(Typed).Count;

    [Benchmark]
    public int Topics1000() => _many.Suggest(Typed).Count;

    [Benchmark]
    public int BuildIndex() => new TopicAutocomplete(_manyTopics).Topics.Count;
}
