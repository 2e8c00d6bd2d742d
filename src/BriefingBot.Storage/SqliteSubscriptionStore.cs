using System.Globalization;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>Subscriptions in SQLite. "All topics" is stored as the topic <c>*</c>, so (platform, chat, topic) stays unique.</summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string AllTopics = "*";

    private const string Columns =
        "SELECT id, platform, chat_id, topic, lead_times, time_zone, local_time, created_at, enabled, disabled_reason FROM subscriptions";

    public async Task<Subscription> SaveAsync(ConversationRef conversation, SubscriptionRequest request, string? topicId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO subscriptions (platform, chat_id, topic, lead_times, time_zone, local_time, created_at)
            VALUES ($platform, $chat, $topic, $leads, $zone, $time, $now)
            ON CONFLICT (platform, chat_id, topic) DO UPDATE SET
                lead_times = excluded.lead_times, time_zone = excluded.time_zone, local_time = excluded.local_time,
                enabled = 1, disabled_reason = NULL, disabled_at = NULL;
            {Columns} WHERE platform = $platform AND chat_id = $chat AND topic = $topic;
            """;
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
        command.Parameters.AddWithValue("$topic", topicId ?? AllTopics);
        command.Parameters.AddWithValue("$leads", LeadTimeFormatter.FormatList(request.LeadTimes));
        command.Parameters.AddWithValue("$zone", request.TimeZoneId);
        command.Parameters.AddWithValue("$time", request.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        Subscription saved;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            saved = Read(reader);
        }

        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Subscriptions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<int> RemoveAsync(ConversationRef conversation, string? topicId, bool allTopics, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = allTopics
            ? "DELETE FROM subscriptions WHERE platform = $platform AND chat_id = $chat;"
            : "DELETE FROM subscriptions WHERE platform = $platform AND chat_id = $chat AND topic = $topic;";
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
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
        command.CommandText = $"{Columns} WHERE platform = $platform AND chat_id = $chat ORDER BY topic = '*' DESC, topic;";
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} ORDER BY id;";
        return await ReadAllAsync(command, cancellationToken);
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
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
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
            subscriptions.Add(Read(reader));
        }

        return subscriptions;
    }

    /// <summary>A row whose settings cannot be read comes back turned off, with the reason: one bad row must not stop every chat's reminders.</summary>
    private static Subscription Read(SqliteDataReader reader)
    {
        var topic = reader.GetString(3);
        var readable = SubscriptionArgumentsParser.TryParse(reader.GetString(4), out var leads, out _) && leads.TopicText is null;
        var localTimeReadable = TimeOnly.TryParseExact(reader.GetString(6), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localTime);

        return new Subscription(
            reader.GetInt64(0),
            new ConversationRef(reader.GetString(1), reader.GetString(2)),
            topic == AllTopics ? null : topic,
            readable ? leads!.LeadTimes : Subscription.DefaultLeadTimes,
            reader.GetString(5),
            localTimeReadable ? localTime : Subscription.DefaultLocalTime,
            UnixTime.FromMilliseconds(reader.GetInt64(7)),
            reader.GetInt64(8) == 1 && readable && localTimeReadable,
            readable && localTimeReadable
                ? reader.IsDBNull(9) ? null : reader.GetString(9)
                : $"its stored settings could not be read ('{reader.GetString(4)}' at '{reader.GetString(6)}'); subscribe again");
    }
}
