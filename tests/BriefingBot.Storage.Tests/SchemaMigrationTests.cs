using BriefingBot.Core.Briefing;
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
    public async Task Migration6_KeepsEverySentenceSearchable_AndGivesEachArticleTheRangeOfItsOwn()
    {
        await using (var connection = await _store.Database.OpenAsync(CancellationToken.None))
        {
            await SchemaMigrations.ApplyAsync(connection, CancellationToken.None, targetVersion: 5);

            // Two articles whose sentences were stored interleaved, as an older store could have them.
            await ExecuteAsync(connection, """
                INSERT INTO articles (id, path, content_hash, title, published_start, published_end, published_precision, byte_length, ingested_at)
                VALUES ('a', 'articles/a.md', 'h1', 'A', '2026-01-01', '2026-01-01', 'Day', 10, ''),
                       ('b', 'articles/b.md', 'h2', 'B', '2026-01-01', '2026-01-01', 'Day', 10, '');
                INSERT INTO paragraphs (article_id, idx, kind, text, line) VALUES
                    ('a', 0, 'Body', 'The zeppelin landed. It was late.', 5), ('b', 0, 'Body', 'Talks resume on Thursday.', 5);
                INSERT INTO sentences (id, article_id, paragraph_idx, idx, kind, role, text) VALUES
                    (7, 'a', 0, 0, 'Body', 'Statement', 'The zeppelin landed.'),
                    (8, 'b', 0, 0, 'Body', 'Statement', 'Talks resume on Thursday.'),
                    (9, 'a', 0, 1, 'Body', 'Statement', 'It was late.');
                INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences;
                """);
        }

        await _store.Database.MigrateAsync(CancellationToken.None);

        Assert.Equal(1, await _store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH 'zeppelin' AND article_id = 'a' AND role = 'Statement'"));
        Assert.Equal(2, await _store.ScalarAsync("""
            SELECT count(*) FROM articles a JOIN sentences s ON s.rowid BETWEEN a.first_sentence AND a.first_sentence + a.sentence_count - 1
            WHERE a.id = 'a' AND s.article_id = 'a'
            """));
        var late = await new SqliteArticleStore(_store.Database).SearchAsync(new SearchQuery([new SearchClause([["late"]])], 1), 10, CancellationToken.None);
        Assert.Equal(("It was late.", "The zeppelin landed. It was late.", 1), (Assert.Single(late).Text, late[0].ParagraphText, late[0].SentenceIndex));
        var listed = await new SqliteArticleStore(_store.Database).ListArticlesAsync(CancellationToken.None);
        Assert.Equal([("a", 2), ("b", 1)], listed.Select(l => (l.Metadata.Id, l.SentenceCount)).OrderBy(l => l.Id));

        Assert.Equal(8 * 1024 * 1024, await _store.ScalarAsync("SELECT v FROM sentences_config WHERE k = 'hashsize'"));

        await _store.ScalarAsync("DELETE FROM articles WHERE id = 'a'");
        Assert.Equal(0, await _store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH 'zeppelin OR late'"));
        Assert.Equal(1, await _store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH 'thursday'"));
        await _store.ScalarAsync("INSERT INTO sentences (sentences, rank) VALUES ('integrity-check', 1);");
    }

    [Fact]
    public async Task Migration7_GivesEachArticleTheStatementFlagsOfItsSentencesInOrder()
    {
        await using (var connection = await _store.Database.OpenAsync(CancellationToken.None))
        {
            await SchemaMigrations.ApplyAsync(connection, CancellationToken.None, targetVersion: 6);
            await ExecuteAsync(connection, """
                INSERT INTO articles (id, path, content_hash, title, published_start, published_end, published_precision, byte_length, ingested_at,
                                      first_sentence, sentence_count)
                VALUES ('a', 'articles/a.md', 'h1', 'A', '2026-01-01', '2026-01-01', 'Day', 10, '', 1, 3),
                       ('b', 'articles/b.md', 'h2', 'B', '2026-01-01', '2026-01-01', 'Day', 10, '', 4, 1),
                       ('empty', 'articles/empty.md', 'h3', 'Empty', '2026-01-01', '2026-01-01', 'Day', 0, '', 5, 0);
                INSERT INTO sentences (rowid, text, article_id, paragraph_idx, idx, kind, role) VALUES
                    (3, 'Read more.', 'a', 0, 2, 'Body', 'Advice'),
                    (1, 'NATO met.', 'a', 0, 0, 'Body', 'Statement'),
                    (2, 'Why?', 'a', 0, 1, 'Body', 'Question'),
                    (4, 'It rained.', 'b', 0, 0, 'Body', 'Statement');
                """);
        }

        await _store.Database.MigrateAsync(CancellationToken.None);

        Assert.Equal(1, await _store.ScalarAsync("SELECT statement_flags = '100' FROM articles WHERE id = 'a'"));
        Assert.Equal(1, await _store.ScalarAsync("SELECT statement_flags = '1' FROM articles WHERE id = 'b'"));
        Assert.Equal(1, await _store.ScalarAsync("SELECT statement_flags = '' FROM articles WHERE id = 'empty'"));
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
