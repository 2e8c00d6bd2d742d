using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Subscriptions in SQLite. "All topics" is stored as the topic <c>*</c> and "no thread" as '', so
/// (platform, chat, thread, topic) stays unique. Lead times are stored as seconds.
/// </summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string AllTopics = "*";

    private const string Columns =
        "SELECT id, platform, chat_id, thread_id, topic, lead_seconds, time_zone, local_time, created_at, enabled, disabled_reason FROM subscriptions";

    private const string ThisConversation = "platform = $platform AND chat_id = $chat AND thread_id = $thread";

    public async Task<Subscription> SaveAsync(ConversationRef conversation, SubscriptionRequest request, string? topicId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO subscriptions (platform, chat_id, thread_id, topic, lead_seconds, time_zone, local_time, created_at)
            VALUES ($platform, $chat, $thread, $topic, $leads, $zone, $time, $now)
            ON CONFLICT (platform, chat_id, thread_id, topic) DO UPDATE SET
                lead_seconds = excluded.lead_seconds, time_zone = excluded.time_zone, local_time = excluded.local_time,
                enabled = 1, disabled_reason = NULL, disabled_at = NULL;
            {Columns} WHERE {ThisConversation} AND topic = $topic;
            """;
        StoredConversation.Bind(command, conversation);
        command.Parameters.AddWithValue("$topic", topicId ?? AllTopics);
        command.Parameters.AddWithValue("$leads", LeadSeconds.Format(request.LeadTimes));
        command.Parameters.AddWithValue("$zone", request.TimeZoneId);
        command.Parameters.AddWithValue("$time", request.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        Subscription? saved;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            saved = Read(reader);
        }

        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Subscriptions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved ?? throw new InvalidOperationException("A subscription just saved could not be read back.");
    }

    public async Task<int> RemoveAsync(ConversationRef conversation, string? topicId, bool allTopics, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = allTopics
            ? $"DELETE FROM subscriptions WHERE {ThisConversation};"
            : $"DELETE FROM subscriptions WHERE {ThisConversation} AND topic = $topic;";
        StoredConversation.Bind(command, conversation);
        command.Parameters.AddWithValue("$topic", topicId ?? AllTopics);
        var removed = await command.ExecuteNonQueryAsync(cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Subscriptions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) =>
        ChangeVersions.ReadAsync(database, ChangeVersions.Subscriptions, cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} WHERE {ThisConversation} ORDER BY topic = '*' DESC, topic;";
        StoredConversation.Bind(command, conversation);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} ORDER BY id;";
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<int> MoveConversationAsync(ConversationRef from, ConversationRef to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // The new chat's own subscriptions win over the moved ones for the same thread and topic.
        command.CommandText = """
            UPDATE OR IGNORE subscriptions SET platform = $to_platform, chat_id = $to_chat
            WHERE platform = $platform AND chat_id = $chat;
            SELECT changes();
            DELETE FROM subscriptions WHERE platform = $platform AND chat_id = $chat;
            UPDATE deliveries SET platform = $to_platform, chat_id = $to_chat
            WHERE platform = $platform AND chat_id = $chat;
            """;
        StoredConversation.Bind(command, from.WholeChat);
        StoredConversation.Bind(command, to.WholeChat, "to_");
        var moved = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Subscriptions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    public async Task<int> DisableAsync(ConversationRef conversation, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE subscriptions SET enabled = 0, disabled_reason = $reason, disabled_at = $now
            WHERE platform = $platform AND chat_id = $chat AND enabled = 1;
            """;
        StoredConversation.Bind(command, conversation.WholeChat);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        var disabled = await command.ExecuteNonQueryAsync(cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Subscriptions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return disabled;
    }

    public async Task DisableAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE subscriptions SET enabled = 0, disabled_reason = $reason, disabled_at = $now WHERE id = $id;";
        command.Parameters.AddWithValue("$id", subscriptionId);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Subscriptions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<Subscription>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var subscriptions = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Read(reader) is { } subscription)
            {
                subscriptions.Add(subscription);
            }
        }

        return subscriptions;
    }

    /// <summary>
    /// A row whose settings cannot be read comes back turned off, with the reason: one bad row must not stop every
    /// chat's reminders. A row for a platform or chat id this build cannot address is left out (null).
    /// </summary>
    private static Subscription? Read(SqliteDataReader reader)
    {
        if (!StoredConversation.TryRead(reader, 1, out var conversation))
        {
            return null;
        }

        var topic = reader.GetString(4);
        var leadsReadable = LeadSeconds.TryParse(reader.GetString(5), out var leads);
        var localTimeReadable = TimeOnly.TryParseExact(reader.GetString(7), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localTime);
        var readable = leadsReadable && localTimeReadable;
        return new Subscription(
            reader.GetInt64(0),
            conversation,
            topic == AllTopics ? null : topic,
            leadsReadable ? leads : Subscription.DefaultLeadTimes,
            reader.GetString(6),
            localTimeReadable ? localTime : Subscription.DefaultLocalTime,
            UnixTime.FromMilliseconds(reader.GetInt64(8)),
            reader.GetInt64(9) == 1 && readable,
            readable
                ? reader.IsDBNull(10) ? null : reader.GetString(10)
                : $"its stored settings could not be read ('{reader.GetString(5)}' at '{reader.GetString(7)}'); subscribe again");
    }
}
