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
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO subscriptions (platform, chat_id, topic, lead_times, time_zone, local_time, created_at)
            VALUES ($platform, $chat, $topic, $leads, $zone, $time, $now)
            ON CONFLICT (platform, chat_id, topic) DO UPDATE SET
                lead_times = excluded.lead_times, time_zone = excluded.time_zone, local_time = excluded.local_time,
                enabled = 1, disabled_reason = NULL, disabled_at = NULL;
            {ChangeVersions.BumpSql(ChangeVersions.Subscriptions)}
            {Columns} WHERE platform = $platform AND chat_id = $chat AND topic = $topic;
            """;
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
        command.Parameters.AddWithValue("$topic", topicId ?? AllTopics);
        command.Parameters.AddWithValue("$leads", LeadTimeFormatter.FormatList(request.LeadTimes));
        command.Parameters.AddWithValue("$zone", request.TimeZoneId);
        command.Parameters.AddWithValue("$time", request.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Read(reader);
    }

    public async Task<int> RemoveAsync(ConversationRef conversation, string? topicId, bool allTopics, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = (allTopics
            ? "DELETE FROM subscriptions WHERE platform = $platform AND chat_id = $chat;"
            : "DELETE FROM subscriptions WHERE platform = $platform AND chat_id = $chat AND topic = $topic;")
            + "SELECT changes();" + ChangeVersions.BumpSql(ChangeVersions.Subscriptions);
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
        command.Parameters.AddWithValue("$topic", topicId ?? AllTopics);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE subscriptions SET enabled = 0, disabled_reason = $reason, disabled_at = $now
            WHERE platform = $platform AND chat_id = $chat AND enabled = 1;
            SELECT changes();
            {ChangeVersions.BumpSql(ChangeVersions.Subscriptions)}
            """;
        command.Parameters.AddWithValue("$platform", conversation.Platform);
        command.Parameters.AddWithValue("$chat", conversation.ChatId);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task DisableAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE subscriptions SET enabled = 0, disabled_reason = $reason, disabled_at = $now WHERE id = $id;
            {ChangeVersions.BumpSql(ChangeVersions.Subscriptions)}
            """;
        command.Parameters.AddWithValue("$id", subscriptionId);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
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

    private static Subscription Read(SqliteDataReader reader)
    {
        var topic = reader.GetString(3);
        if (!SubscriptionArgumentsParser.TryParse(reader.GetString(4), out var leads, out _) || leads.TopicText is not null)
        {
            throw new InvalidDataException($"Subscription {reader.GetInt64(0)} has unreadable lead times '{reader.GetString(4)}'.");
        }

        return new Subscription(
            reader.GetInt64(0),
            new ConversationRef(reader.GetString(1), reader.GetString(2)),
            topic == AllTopics ? null : topic,
            leads.LeadTimes,
            reader.GetString(5),
            TimeOnly.ParseExact(reader.GetString(6), "HH:mm", CultureInfo.InvariantCulture),
            UnixTime.FromMilliseconds(reader.GetInt64(7)),
            reader.GetInt64(8) == 1,
            reader.IsDBNull(9) ? null : reader.GetString(9));
    }
}
