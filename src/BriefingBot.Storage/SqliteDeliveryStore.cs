using BriefingBot.Core.Chat;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Delivery records in SQLite. The primary key (subscription, item, lead time) is what makes a reminder post once:
/// a claim is an INSERT that fails quietly when the row exists, so no restart or second loop can claim it again.
/// </summary>
public sealed class SqliteDeliveryStore(SqliteDatabase database) : IDeliveryStore
{
    /// <summary>A row another scheduler has already posted (or recorded) is never overwritten by a stale copy.</summary>
    private const string NotFinished = "AND state IN ('Claimed', 'Retrying', 'Sending')";

    private const string Columns =
        "SELECT subscription_id, platform, chat_id, thread_id, item_key, lead_seconds, due_at, state, late, attempts, next_attempt_at, message_id, last_error FROM deliveries";

    public async Task<bool> TryClaimAsync(PlannedReminder reminder, bool late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, reminder, DeliveryState.Claimed, late, now, cancellationToken);
    }

    public async Task<IReadOnlyList<PlannedReminder>> RecordMissedAsync(IReadOnlyList<PlannedReminder> reminders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = new List<PlannedReminder>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var reminder in reminders)
        {
            if (await InsertAsync(connection, transaction, reminder, DeliveryState.Missed, late: true, now, cancellationToken))
            {
                recorded.Add(reminder);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return recorded;
    }

    public async Task<IReadOnlyList<Delivery>> GetReadyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            {Columns}
            WHERE state = 'Claimed' OR (state = 'Retrying' AND next_attempt_at <= $now)
            ORDER BY due_at, subscription_id, item_key, lead_seconds DESC;
            """;
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<DateTimeOffset?> GetNextRetryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(next_attempt_at) FROM deliveries WHERE state = 'Retrying';";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is long milliseconds ? UnixTime.FromMilliseconds(milliseconds) : null;
    }

    public async Task<bool> TryMarkSendingAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Conditional on what was read: still claimed, or still the same due retry (same attempt count). Of two
        // schedulers that read the row, only the first update matches.
        var changed = await UpdateAsync(
            delivery,
            "state = 'Sending', attempts = attempts + 1, next_attempt_at = NULL",
            [("$state", delivery.State.ToString()), ("$attempts", delivery.Attempts), ("$now", UnixTime.ToMilliseconds(now))],
            cancellationToken,
            "AND state = $state AND attempts = $attempts AND (state = 'Claimed' OR next_attempt_at <= $now)");
        return changed == 1;
    }

    public async Task MarkSentAsync(Delivery delivery, string messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await UpdateAsync(delivery, "state = 'Sent', sent_at = $now, message_id = $message, last_error = NULL",
            [("$now", UnixTime.ToMilliseconds(now)), ("$message", messageId)], cancellationToken);

    public async Task MarkRetryAsync(Delivery delivery, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        await UpdateAsync(delivery, "state = 'Retrying', next_attempt_at = $next, last_error = $error, attempts = $attempts",
            [("$next", UnixTime.ToMilliseconds(nextAttemptAt)), ("$error", error), ("$attempts", delivery.Attempts)], cancellationToken);

    public async Task MarkFailedAsync(Delivery delivery, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        await UpdateAsync(delivery, "state = 'Failed', next_attempt_at = NULL, last_error = $error", [("$error", error)], cancellationToken, NotFinished);

    public async Task MarkMissedAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken) =>
        await UpdateAsync(delivery, "state = 'Missed', late = 1, next_attempt_at = NULL", [], cancellationToken, NotFinished);

    public async Task<int> MarkInterruptedSendsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE deliveries SET state = 'Unconfirmed', last_error = 'the bot stopped while sending' WHERE state = 'Sending';";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state WHERE key = 'reminder_checkpoint';";
        return await command.ExecuteScalarAsync(cancellationToken) is string value
            ? UnixTime.FromMilliseconds(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    public async Task SetCheckpointAsync(DateTimeOffset checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO state (key, value) VALUES ('reminder_checkpoint', $value)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value;
            """;
        command.Parameters.AddWithValue("$value", UnixTime.ToMilliseconds(checkpoint).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Delivery>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} ORDER BY due_at, subscription_id, item_key, lead_seconds DESC;";
        return await ReadAllAsync(command, cancellationToken);
    }

    private static async Task<bool> InsertAsync(
        SqliteConnection connection, SqliteTransaction? transaction, PlannedReminder reminder, DeliveryState state, bool late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO deliveries (subscription_id, item_key, lead_seconds, platform, chat_id, thread_id, due_at, state, late, claimed_at)
            SELECT $subscription, $item, $lead, $platform, $chat, $thread, $due, $state, $late, $now
            WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = $subscription AND enabled = 1)
            ON CONFLICT DO NOTHING;
            """;
        command.Parameters.AddWithValue("$subscription", reminder.SubscriptionId);
        command.Parameters.AddWithValue("$item", reminder.ItemKey);
        command.Parameters.AddWithValue("$lead", (long)reminder.LeadTime.TotalSeconds);
        StoredConversation.Bind(command, reminder.Conversation);
        command.Parameters.AddWithValue("$due", UnixTime.ToMilliseconds(reminder.DueAt));
        command.Parameters.AddWithValue("$state", state.ToString());
        command.Parameters.AddWithValue("$late", late ? 1 : 0);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<int> UpdateAsync(
        Delivery delivery, string set, (string Name, object Value)[] parameters, CancellationToken cancellationToken, string condition = "")
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE deliveries SET {set} WHERE subscription_id = $subscription AND item_key = $item AND lead_seconds = $lead {condition};";
        command.Parameters.AddWithValue("$subscription", delivery.SubscriptionId);
        command.Parameters.AddWithValue("$item", delivery.ItemKey);
        command.Parameters.AddWithValue("$lead", (long)delivery.LeadTime.TotalSeconds);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<Delivery>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var deliveries = new List<Delivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!StoredConversation.TryRead(reader, 1, out var conversation))
            {
                continue;
            }

            deliveries.Add(new Delivery(
                reader.GetInt64(0),
                conversation,
                reader.GetString(4),
                TimeSpan.FromSeconds(reader.GetInt64(5)),
                UnixTime.FromMilliseconds(reader.GetInt64(6)),
                Enum.Parse<DeliveryState>(reader.GetString(7)),
                reader.GetInt64(8) == 1,
                reader.GetInt32(9),
                reader.IsDBNull(10) ? null : UnixTime.FromMilliseconds(reader.GetInt64(10)),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12)));
        }

        return deliveries;
    }
}
