using System.Globalization;
using BriefingBot.Core.Reminders;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Migration 3's data step: lead times stored in chat syntax ("7d,1d,0d") become seconds ("604800,86400,0"), read
/// once here with the chat parser and never again. A value that does not read is left as it was; reading it later
/// fails, and that subscription comes back turned off with the reason, as any unreadable row does.
/// </summary>
internal static class LeadTimesToSeconds
{
    public static async Task ConvertAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, string LeadTimes)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, lead_seconds FROM subscriptions;";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        foreach (var (id, leadTimes) in rows)
        {
            if (!SubscriptionArgumentsParser.TryReadLeadTimes(leadTimes, out var parsed, out _))
            {
                continue;
            }

            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE subscriptions SET lead_seconds = $seconds WHERE id = $id;";
            update.Parameters.AddWithValue("$seconds", LeadSeconds.Format(parsed));
            update.Parameters.AddWithValue("$id", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>Lead times as stored: whole seconds, comma-separated, longest first.</summary>
internal static class LeadSeconds
{
    public static string Format(IEnumerable<TimeSpan> leadTimes) =>
        string.Join(',', leadTimes.Select(t => ((long)t.TotalSeconds).ToString(CultureInfo.InvariantCulture)));

    public static bool TryParse(string text, out IReadOnlyList<TimeSpan> leadTimes)
    {
        leadTimes = [];
        var parsed = new List<TimeSpan>();
        foreach (var part in text.Split(','))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > (long)SubscriptionArgumentsParser.MaxLeadTime.TotalSeconds)
            {
                return false;
            }

            parsed.Add(TimeSpan.FromSeconds(seconds));
        }

        leadTimes = parsed;
        return parsed.Count > 0;
    }
}
