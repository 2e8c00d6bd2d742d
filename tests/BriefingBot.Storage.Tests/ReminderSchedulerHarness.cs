using BriefingBot.Core.Chat;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// Real SQLite stores, a fake Telegram and a manual clock around one article whose New START expiry
/// (February 4, 2026) a Telegram chat follows with reminders 7 days, 1 day and 0 days before, at 09:00 UTC.
/// </summary>
internal sealed class ReminderSchedulerHarness : IAsyncDisposable
{
    public const string Article = """
        ---
        id: treaty-note
        title: "Treaty note"
        publisher: "Test Desk"
        published: "2026-01-17"
        ---
        The New START Treaty is set to expire on February 4, 2026.
        """;

    public static readonly ConversationRef Chat = ConversationRef.Telegram(42);
    public static readonly DateTimeOffset Subscribed = At("2026-01-20T00:00:00Z");
    public static readonly DateTimeOffset SevenDaysBefore = At("2026-01-28T09:00:00Z");
    public static readonly DateTimeOffset OneDayBefore = At("2026-02-03T09:00:00Z");
    public static readonly DateTimeOffset OnTheDay = At("2026-02-04T09:00:00Z");

    private ReminderSchedulerHarness(TestStore store)
    {
        Store = store;
        Subscriptions = new SqliteSubscriptionStore(store.Database);
        Deliveries = new SqliteDeliveryStore(store.Database);
    }

    public FakeTimeProvider Clock { get; } = new(Subscribed);

    public FakeChatPlatform Telegram { get; } = new();

    public TestStore Store { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public SqliteDeliveryStore Deliveries { get; }

    public static async Task<ReminderSchedulerHarness> CreateAsync()
    {
        var store = await TestStore.CreateAsync(ingest: false);
        store.UseArticles(("treaty-note", Article));
        await store.IngestAsync();
        var harness = new ReminderSchedulerHarness(store);
        await harness.Subscriptions.SaveAsync(Chat, SubscriptionRequest.Default, "new-start", Subscribed, CancellationToken.None);
        return harness;
    }

    /// <summary>A scheduler as a process would build it; <paramref name="database"/> stands for another process's connection.</summary>
    public ReminderScheduler Scheduler(IDeliveryStore? deliveries = null, SqliteDatabase? database = null, IChatPlatform? platform = null)
    {
        var db = database ?? Store.Database;
        return new(
            database is null ? Subscriptions : new SqliteSubscriptionStore(db),
            new SqliteDatedItemStore(db),
            database is null ? Store.Articles : new SqliteArticleStore(db),
            deliveries ?? (database is null ? Deliveries : new SqliteDeliveryStore(db)),
            [platform ?? Telegram],
            new ReminderSettings(),
            Clock,
            NullLogger<ReminderScheduler>.Instance);
    }

    public async Task<Delivery> SingleDeliveryAsync() => Assert.Single(await Deliveries.ListAsync(CancellationToken.None));

    public async ValueTask DisposeAsync() => await Store.DisposeAsync();

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
