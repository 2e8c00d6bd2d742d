using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// The schema, one migration per version, tracked by <c>PRAGMA user_version</c>. Migrations only ever get appended:
/// a database at version N runs migrations N+1... in one transaction each. A database newer than this code is refused.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly Migration[] Migrations =
    [
        // 1: the corpus (articles, paragraphs, sentences with an FTS5 index), topics, and key/value state.
        new("""
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            publisher TEXT,
            site TEXT,
            author TEXT,
            published_start TEXT NOT NULL,
            published_end TEXT NOT NULL,
            published_precision TEXT NOT NULL,
            url TEXT,
            byte_length INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX articles_path ON articles(path);

        CREATE TABLE paragraphs (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            line INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            paragraph_idx INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            FOREIGN KEY (article_id, paragraph_idx) REFERENCES paragraphs(article_id, idx) ON DELETE CASCADE
        );
        CREATE INDEX sentences_paragraph ON sentences(article_id, paragraph_idx);

        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text,
            content = 'sentences',
            content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TABLE topics (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL
        );

        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """),

        // 2: dated items, reminder subscriptions and delivery records.
        new("""
        CREATE TABLE dated_items (
            key TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph_idx INTEGER NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            precision TEXT NOT NULL,
            label TEXT NOT NULL,
            quote TEXT NOT NULL,
            expression TEXT NOT NULL,
            topics TEXT NOT NULL,
            origin TEXT NOT NULL,
            -- Curated corrections overlay the extracted values; they are cleared and re-applied on every ingest.
            curated_start TEXT,
            curated_end TEXT,
            curated_precision TEXT,
            curated_label TEXT,
            curated_note TEXT,
            curated_event TEXT,
            suppressed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX dated_items_article ON dated_items(article_id);

        -- AUTOINCREMENT: an id is never reused, so a new subscription cannot inherit an old one's deliveries.
        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            lead_times TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            local_time TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT,
            disabled_at INTEGER,
            UNIQUE (platform, chat_id, topic)
        );

        CREATE TABLE deliveries (
            subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            lead_seconds INTEGER NOT NULL,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            due_at INTEGER NOT NULL,
            state TEXT NOT NULL,
            late INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_at INTEGER NOT NULL,
            next_attempt_at INTEGER,
            sent_at INTEGER,
            message_id TEXT,
            last_error TEXT,
            PRIMARY KEY (subscription_id, item_key, lead_seconds)
        );
        CREATE INDEX deliveries_state ON deliveries(state, next_attempt_at);

        -- Dated items are derived at ingest: forget the content hashes so the next ingest re-reads every article.
        UPDATE articles SET content_hash = '';
        """),

        // 3: conversations get a thread (a Telegram forum topic, a Discord thread; '' for the whole chat), and
        // subscriptions keep lead times as seconds instead of chat syntax. SQLite cannot change a UNIQUE constraint,
        // so the table is rebuilt (foreign keys are off during migrations, so deliveries are kept), keeping every id
        // and the AUTOINCREMENT high-water mark, so no id is ever reused.
        new("""
        CREATE TABLE subscriptions_v3 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            thread_id TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL,
            lead_seconds TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            local_time TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT,
            disabled_at INTEGER,
            UNIQUE (platform, chat_id, thread_id, topic)
        );
        INSERT INTO subscriptions_v3 (id, platform, chat_id, thread_id, topic, lead_seconds, time_zone, local_time, created_at, enabled, disabled_reason, disabled_at)
        SELECT id, platform, chat_id, '', topic, lead_times, time_zone, local_time, created_at, enabled, disabled_reason, disabled_at FROM subscriptions;
        DELETE FROM sqlite_sequence WHERE name = 'subscriptions_v3';
        INSERT INTO sqlite_sequence (name, seq)
        SELECT 'subscriptions_v3', seq FROM sqlite_sequence WHERE name = 'subscriptions';
        DROP TABLE subscriptions;
        ALTER TABLE subscriptions_v3 RENAME TO subscriptions;
        ALTER TABLE deliveries ADD COLUMN thread_id TEXT NOT NULL DEFAULT '';
        """, LeadTimesToSeconds.ConvertAsync),

        // 4: every sentence gets its role (statement, question, heading, citation...), and topics their article counts. Roles are worked out from the
        // text at ingest, which SQL cannot do, so every article's content hash is cleared: the next ingest (which runs
        // at every start) re-reads each file and fills the roles in.
        new("""
        ALTER TABLE sentences ADD COLUMN role TEXT NOT NULL DEFAULT 'Statement';
        UPDATE articles SET content_hash = '';
        CREATE TABLE topic_articles (
            topic_id TEXT PRIMARY KEY,
            articles INTEGER NOT NULL
        );
        """),

        // 5: the full-text index is filled by the ingester, once per batch of articles, instead of by a trigger per
        // sentence: FTS5 wrote a tiny index segment for every triggered row and spent most of a large ingest merging
        // them (measured: 12.5 s of a 14.7 s insert of 520,000 sentences, against 2.2 s for the same rows inserted
        // directly). Deletes keep their trigger.
        new("""
        DROP TRIGGER sentences_ai;
        """),

        // 6: sentences live in the full-text table itself, their other columns unindexed, instead of in a table of their
        // own indexed by an external-content FTS5 table: each sentence's text is written once, with no second index or
        // foreign key per sentence (the ingest's writer spent as long on those rows as on the index). An article's
        // sentences have consecutive ids, so it keeps the range, and a trigger deletes that range with the article.
        // Ids are renumbered article by article to make the ranges; the text and everything else is kept as it was.
        new("""
        CREATE VIRTUAL TABLE sentences_v6 USING fts5(
            text,
            article_id UNINDEXED,
            paragraph_idx UNINDEXED,
            idx UNINDEXED,
            kind UNINDEXED,
            role UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        -- Index data a transaction adds is held in memory up to this size before FTS5 writes it out as a segment. With
        -- the default (1 MB) a batch of about 8 MB of text became many small segments to merge; measured on 10,000
        -- articles, writing the rows took 4.4-4.7 s with 1 MB against 4.0-4.4 s with 8 MB (4, 16 and 32 MB were no
        -- better than 8).
        INSERT INTO sentences_v6 (sentences_v6, rank) VALUES ('hashsize', 8388608);
        INSERT INTO sentences_v6 (text, article_id, paragraph_idx, idx, kind, role)
        SELECT text, article_id, paragraph_idx, idx, kind, role FROM sentences ORDER BY article_id, id;

        ALTER TABLE articles ADD COLUMN first_sentence INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE articles ADD COLUMN sentence_count INTEGER NOT NULL DEFAULT 0;
        UPDATE articles SET first_sentence = spans.first, sentence_count = spans.count
        FROM (SELECT article_id, min(rowid) AS first, count(*) AS count FROM sentences_v6 GROUP BY article_id) AS spans
        WHERE spans.article_id = articles.id;

        DROP TRIGGER sentences_ad;
        DROP TABLE sentences_fts;
        DROP TABLE sentences;
        ALTER TABLE sentences_v6 RENAME TO sentences;

        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            DELETE FROM sentences WHERE rowid BETWEEN old.first_sentence AND old.first_sentence + old.sentence_count - 1;
        END;
        """),

        // 7: each article keeps which of its sentences are statements, one character per sentence in id order ('1' a
        // statement, '0' not), so counting a topic's articles reads one row per article instead of the stored row of
        // every sentence that mentions the topic (measured on 10,000 articles, counting the 22 topics after an ingest:
        // 0.55-0.58 s reading each match's role, 0.16-0.17 s with these flags).
        new("""
        ALTER TABLE articles ADD COLUMN statement_flags TEXT NOT NULL DEFAULT '';
        UPDATE articles SET statement_flags = coalesce((
            SELECT group_concat(CASE role WHEN 'Statement' THEN '1' ELSE '0' END, '' ORDER BY rowid)
            FROM sentences WHERE rowid BETWEEN articles.first_sentence AND articles.first_sentence + articles.sentence_count - 1), '');
        """),
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the schema to <paramref name="targetVersion"/> (the latest by default; tests stop earlier to test a migration).</summary>
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken, int? targetVersion = null)
    {
        var version = await GetVersionAsync(connection, cancellationToken);
        if (version > Migrations.Length)
        {
            throw new StoreUnavailableException(
                $"The database {connection.DataSource} is at schema version {version}, made by a newer BriefingBot than this one (which knows {Migrations.Length}). Run the newer version, or restore a backup made by this one; the database was not changed.");
        }

        var target = targetVersion ?? Migrations.Length;
        if (version >= target)
        {
            return;
        }

        // Outside any transaction, where SQLite honours it: rebuilding a table must not cascade-delete what refers to it.
        await ExecuteAsync(connection, null, "PRAGMA foreign_keys = OFF;", cancellationToken);
        try
        {
            await ApplyEachAsync(connection, version, target, cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, null, "PRAGMA foreign_keys = ON;", cancellationToken);
        }
    }

    private static async Task ApplyEachAsync(SqliteConnection connection, int version, int target, CancellationToken cancellationToken)
    {
        for (var next = version + 1; next <= target; next++)
        {
            // IMMEDIATE takes the write lock before reading the version: of two processes starting together, the second
            // waits, then sees the migration done and skips it.
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (await GetVersionAsync(connection, transaction, cancellationToken) >= next)
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[next - 1].Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (Migrations[next - 1].Code is { } code)
            {
                await code(connection, transaction, cancellationToken);
            }

            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {next};", cancellationToken);
            await ThrowOnForeignKeyViolationsAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Foreign keys are off while migrating (tables are rebuilt); this checks that each migration left none broken.</summary>
    private static async Task ThrowOnForeignKeyViolationsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"A schema migration left a broken reference in table {reader.GetString(0)}; the database was not changed.");
        }
    }

    private sealed record Migration(string Sql, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>? Code = null);

    public static Task<int> GetVersionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        GetVersionAsync(connection, null, cancellationToken);

    private static async Task<int> GetVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
