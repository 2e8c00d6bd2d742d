using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <see cref="ReminderPlanner"/> at scale: 100,000 subscriptions and 10,000 day-precision dated items, built with a
/// fixed seed. Subscriptions pick one of the catalogue's first 19 topics or none (all items), one of five lead sets,
/// one of ten time zones and one of four local times, so they share a few thousand schedules. Items fall on days
/// spread over two years around <see cref="Now"/> and carry one to three topics, the first few topics being the
/// most common (and a few carry none).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class ReminderPlanningBenchmarks
{
    public const int SubscriptionCount = 100_000;
    public const int ItemCount = 10_000;
    public const int Seed = 20_260_301;

    /// <summary>The instant the planner is asked about: a Sunday morning in UTC, with a year of items either side.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<TimeSpan>[] LeadSets =
    [
        Subscription.DefaultLeadTimes,
        [TimeSpan.FromDays(1)],
        [TimeSpan.Zero],
        [TimeSpan.FromDays(7), TimeSpan.FromDays(1)],
        [TimeSpan.FromHours(12)],
    ];

    private static readonly string[] TimeZones =
    [
        "UTC", "Europe/Berlin", "Europe/London", "Europe/Kyiv", "Europe/Moscow", "America/New_York",
        "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney",
    ];

    private static readonly TimeOnly[] LocalTimes = [new(7, 0), new(8, 0), new(9, 0), new(18, 30)];

    private Subscription[] _subscriptions = [];
    private DatedItem[] _items = [];
    private ReminderPlanner _planner = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var topics = TopicCatalogParser.Parse("topics.yaml", File.ReadAllText(Path.Combine(Corpora.RepositoryContentPath(), "topics.yaml")))
            .Select(t => t.Id)
            .Take(19)
            .ToArray();
        var random = new Random(Seed);
        _subscriptions = [.. Enumerable.Range(1, SubscriptionCount).Select(id => MakeSubscription(random, id, topics))];
        _items = [.. Enumerable.Range(1, ItemCount).Select(i => MakeItem(random, i, topics))];
        _planner = ReminderPlanner.Create(_subscriptions, _items);
        Console.WriteLine(
            $"// {_subscriptions.Length:N0} subscriptions in {_planner.GroupCount:N0} schedule groups, {_planner.ItemCount:N0} items; "
            + $"next due after {Now:O}: {_planner.NextDueAfter(Now):O}; due within a day: {_planner.DueBetween(Now, Now.AddDays(1)).Count():N0} reminders");
    }

    /// <summary>What the scheduler does whenever subscriptions or items change: rebuild, then ask when to wake.</summary>
    [Benchmark]
    public DateTimeOffset? CreateAndNextDueAfter() => ReminderPlanner.Create(_subscriptions, _items).NextDueAfter(Now);

    /// <summary>The scheduler's question on every wake-up, on a planner already built.</summary>
    [Benchmark]
    public DateTimeOffset? NextDueAfter() => _planner.NextDueAfter(Now);

    /// <summary>Every reminder of the next 24 hours, materialised.</summary>
    [Benchmark]
    public List<PlannedReminder> DueBetweenOneDay() => [.. _planner.DueBetween(Now, Now.AddDays(1))];

    private static Subscription MakeSubscription(Random random, long id, string[] topics)
    {
        var topic = random.Next(topics.Length + 1);
        var chat = 100_000_000 + random.Next(50_000);
        return new Subscription(
            id,
            random.Next(3) == 0 ? ConversationRef.Discord((ulong)chat) : ConversationRef.Telegram(chat),
            topic == topics.Length ? null : topics[topic],
            LeadSets[Weighted(random, LeadSets.Length)],
            TimeZones[Weighted(random, TimeZones.Length)],
            LocalTimes[Weighted(random, LocalTimes.Length)],
            Now.AddDays(-random.Next(400)),
            Enabled: random.Next(200) != 0);
    }

    private static DatedItem MakeItem(Random random, int index, string[] topics)
    {
        var day = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(random.Next(-365, 365));
        var topicCount = random.Next(20) == 0 ? 0 : random.Next(1, 4);
        var itemTopics = Enumerable.Range(0, topicCount).Select(_ => topics[Weighted(random, topics.Length)]).Distinct().ToArray();
        return new DatedItem(
            $"item-{index:D5}",
            $"article-{index % 2_000:D4}",
            DateSpan.OnDay(day),
            "Deadline " + index,
            "The deadline falls on " + day.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture) + ".",
            itemTopics,
            DatedItemOrigin.Extracted);
    }

    /// <summary>An index in [0, count) skewed towards the front: the first entries are the popular ones.</summary>
    private static int Weighted(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 1.6));
}
