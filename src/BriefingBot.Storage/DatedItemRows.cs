using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using BriefingBot.Core.Briefing;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Topics;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>The SQL of the dated_items table, shared by ingest (writes) and <see cref="SqliteDatedItemStore"/> (reads).</summary>
internal static class DatedItemRows
{
    private const string Columns = """
        INTO dated_items (key, article_id, paragraph_idx, start_date, end_date, precision, label, quote, expression, topics, origin)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);
        """;

    /// <summary>An item's row, its values in the order <see cref="Insert"/> binds them; replaces an item of the same key.</summary>
    public const string InsertSql = "INSERT OR REPLACE " + Columns;

    /// <summary>
    /// As <see cref="InsertSql"/>, for an article's extracted items at ingest: their keys are unique within the article
    /// and its old rows are gone, so nothing is replaced, and a plain insert cannot make FTS5 flush (see <see cref="ArticleRows"/>).
    /// </summary>
    public const string InsertNewSql = "INSERT " + Columns;

    public static void Insert(PreparedInsert insert, HarvestedItem harvested)
    {
        var (item, paragraphIndex, expression) = harvested;
        insert.Run(
            item.Key,
            item.ArticleId,
            paragraphIndex,
            Iso(item.When.Start),
            Iso(item.When.End),
            item.When.Precision.ToString(),
            item.Label,
            item.Quote,
            expression,
            JsonSerializer.Serialize(item.Topics.ToArray(), StorageJson.Default.StringArray),
            item.Origin.ToString());
    }

    public static void Insert(SqliteConnection connection, IEnumerable<HarvestedItem> items)
    {
        using var insert = new PreparedInsert(connection, InsertSql);
        foreach (var item in items)
        {
            Insert(insert, item);
        }
    }

    /// <summary>Clears all curation, applies the entries again, and returns the indexes of entries that matched nothing.</summary>
    public static async Task<IReadOnlyList<int>> ApplyCurationAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CuratedItem> curated, TopicMatcher topics, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, """
            DELETE FROM dated_items WHERE origin = 'Curated';
            UPDATE dated_items SET curated_start = NULL, curated_end = NULL, curated_precision = NULL,
                                   curated_label = NULL, curated_note = NULL, curated_event = NULL, suppressed = 0
            WHERE curated_start IS NOT NULL OR curated_label IS NOT NULL OR curated_event IS NOT NULL
               OR curated_note IS NOT NULL OR suppressed = 1;
            """, [], cancellationToken);

        var unmatched = new List<int>();
        for (var i = 0; i < curated.Count; i++)
        {
            var entry = curated[i];
            var changed = entry.Action switch
            {
                CurationAction.Suppress => await ExecuteAsync(connection, transaction, """
                    UPDATE dated_items SET suppressed = 1
                    WHERE article_id = $article AND instr(quote, $match) > 0 AND ($expression IS NULL OR expression = $expression);
                    """, Parameters(entry), cancellationToken),
                CurationAction.Correct => await ExecuteAsync(connection, transaction, """
                    UPDATE dated_items SET curated_start = coalesce($start, start_date), curated_end = coalesce($end, end_date),
                                           curated_precision = coalesce($precision, precision), curated_label = $label,
                                           curated_note = $note, curated_event = $event
                    WHERE article_id = $article AND instr(quote, $match) > 0 AND ($expression IS NULL OR expression = $expression);
                    """, Parameters(entry), cancellationToken),
                _ => await AddAsync(connection, transaction, entry, topics, cancellationToken),
            };
            if (changed == 0)
            {
                unmatched.Add(i);
            }
        }

        return unmatched;
    }

    public static async Task RetagAsync(SqliteConnection connection, SqliteTransaction transaction, TopicMatcher topics, CancellationToken cancellationToken)
    {
        var rows = new List<(string Key, string Quote, string Paragraph)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = """
                SELECT d.key, d.quote, p.text FROM dated_items d
                JOIN paragraphs p ON p.article_id = d.article_id AND p.idx = d.paragraph_idx;
                """;
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE dated_items SET topics = $topics WHERE key = $key;";
        var key = update.Parameters.Add("$key", SqliteType.Text);
        var topicsParameter = update.Parameters.Add("$topics", SqliteType.Text);
        foreach (var row in rows)
        {
            key.Value = row.Key;
            topicsParameter.Value = JsonSerializer.Serialize(ArticleDateHarvester.TopicsOf(topics, row.Quote, row.Paragraph).ToArray(), StorageJson.Default.StringArray);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<DatedItem>> ReadAllAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT key, article_id, coalesce(curated_start, start_date), coalesce(curated_end, end_date),
                   coalesce(curated_precision, precision), coalesce(curated_label, label), quote, topics,
                   CASE WHEN curated_start IS NOT NULL THEN 'Curated' ELSE origin END, curated_event, expression
            FROM dated_items
            WHERE suppressed = 0
            ORDER BY 3, 4, key;
            """;
        var items = new List<DatedItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new DatedItem(
                reader.GetString(0),
                reader.GetString(1),
                new DateSpan(ParseDay(reader.GetString(2)), ParseDay(reader.GetString(3)), Enum.Parse<DatePrecision>(reader.GetString(4))),
                reader.GetString(5),
                reader.GetString(6),
                JsonSerializer.Deserialize(reader.GetString(7), StorageJson.Default.StringArray) ?? [],
                Enum.Parse<DatedItemOrigin>(reader.GetString(8)))
            {
                Event = reader.IsDBNull(9) ? null : reader.GetString(9),
                Expression = reader.IsDBNull(10) ? string.Empty : reader.GetString(10),
            });
        }

        return items;
    }

    private static async Task<int> AddAsync(SqliteConnection connection, SqliteTransaction transaction, CuratedItem entry, TopicMatcher topics, CancellationToken cancellationToken)
    {
        string sentence;
        string paragraph;
        int paragraphIndex;
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = """
                SELECT s.text, p.text, p.idx FROM articles a
                JOIN sentences s ON s.rowid BETWEEN a.first_sentence AND a.first_sentence + a.sentence_count - 1
                JOIN paragraphs p ON p.article_id = a.id AND p.idx = s.paragraph_idx
                WHERE a.id = $article AND instr(s.text, $match) > 0
                ORDER BY s.rowid LIMIT 1;
                """;
            find.Parameters.AddWithValue("$article", entry.ArticleId);
            find.Parameters.AddWithValue("$match", entry.Match);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return 0;
            }

            (sentence, paragraph, paragraphIndex) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
        }

        var when = entry.When!.Value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{entry.Match}\u001F{when.ToIsoString()}")))[..12];
        var item = new DatedItem(
            $"{entry.ArticleId}:curated-{hash}",
            entry.ArticleId,
            when,
            entry.Label ?? sentence,
            sentence,
            ArticleDateHarvester.TopicsOf(topics, sentence, paragraph),
            DatedItemOrigin.Curated);
        Insert(connection, [new HarvestedItem(item, paragraphIndex, entry.Expression ?? string.Empty)]);
        await ExecuteAsync(connection, transaction, "UPDATE dated_items SET curated_event = $event, curated_note = $note WHERE key = $key;",
            [("$event", entry.Event), ("$note", entry.Note), ("$key", item.Key)], cancellationToken);
        return 1;
    }

    private static (string Name, object? Value)[] Parameters(CuratedItem entry) =>
    [
        ("$article", entry.ArticleId),
        ("$match", entry.Match),
        ("$expression", entry.Expression),
        ("$start", entry.When is { } w ? Iso(w.Start) : null),
        ("$end", entry.When is { } e ? Iso(e.End) : null),
        ("$precision", entry.When?.Precision.ToString()),
        ("$label", entry.Label),
        ("$note", entry.Note),
        ("$event", entry.Event),
    ];

    private static async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
