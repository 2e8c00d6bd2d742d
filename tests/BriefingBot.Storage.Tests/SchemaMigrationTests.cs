using BriefingBot.Core.Chat;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Storage.Tests;

public sealed class SchemaMigrationTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync(ingest: false);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Migration3_KeepsSubscriptionsTheirIdsAndDeliveries_AndReadsLeadTimesOnce()
    {
        await using (var connection = await _store.Database.OpenAsync(CancellationToken.None))
        {
            await SchemaMigrations.ApplyAsync(connection, CancellationToken.None, targetVersion: 2);
            await ExecuteAsync(connection, """
                INSERT INTO subscriptions (id, platform, chat_id, topic, lead_times, time_zone, local_time, created_at)
                VALUES (3, 'telegram', '-100123', 'new-start', '7d,12h', 'Europe/Berlin', '18:30', 0),
                       (4, 'telegram', '-100124', '*', 'soon-ish', 'UTC', '09:00', 0);
                UPDATE sqlite_sequence SET seq = 10 WHERE name = 'subscriptions';
                INSERT INTO deliveries (subscription_id, item_key, lead_seconds, platform, chat_id, due_at, state, claimed_at)
                VALUES (3, 'item', 604800, 'telegram', '-100123', 0, 'Sent', 0);
                """);
        }

        await _store.Database.MigrateAsync(CancellationToken.None);
        var subscriptions = new SqliteSubscriptionStore(_store.Database);
        var all = await subscriptions.ListAllAsync(CancellationToken.None);
        var added = await subscriptions.SaveAsync(ConversationRef.Telegram(5), SubscriptionRequest.Default, null, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var delivery = Assert.Single(await new SqliteDeliveryStore(_store.Database).ListAsync(CancellationToken.None));

        var kept = all.Single(s => s.Id == 3);
        Assert.Equal(ConversationRef.Telegram(-100123), kept.Conversation);
        Assert.Equal([TimeSpan.FromDays(7), TimeSpan.FromHours(12)], kept.LeadTimes);
        Assert.Equal(new TimeOnly(18, 30), kept.LocalTime);
        Assert.True(kept.Enabled);
        Assert.False(all.Single(s => s.Id == 4).Enabled);
        Assert.Equal(11, added.Id);
        Assert.Equal((3L, "item"), (delivery.SubscriptionId, delivery.ItemKey));
    }

    [Fact]
    public async Task Subscriptions_InTwoThreadsOfOneChat_AreKeptApart()
    {
        await _store.Database.MigrateAsync(CancellationToken.None);
        var subscriptions = new SqliteSubscriptionStore(_store.Database);

        await subscriptions.SaveAsync(ConversationRef.Telegram(-100, 1), SubscriptionRequest.Default, "nato", DateTimeOffset.UnixEpoch, CancellationToken.None);
        await subscriptions.SaveAsync(ConversationRef.Telegram(-100, 2), SubscriptionRequest.Default with { LocalTime = new TimeOnly(18, 0) }, "nato", DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(new TimeOnly(9, 0), Assert.Single(await subscriptions.ListAsync(ConversationRef.Telegram(-100, 1), CancellationToken.None)).LocalTime);
        Assert.Equal(new TimeOnly(18, 0), Assert.Single(await subscriptions.ListAsync(ConversationRef.Telegram(-100, 2), CancellationToken.None)).LocalTime);
        Assert.Empty(await subscriptions.ListAsync(ConversationRef.Telegram(-100), CancellationToken.None));
    }

    private static async Task ExecuteAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
