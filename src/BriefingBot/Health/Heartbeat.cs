using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Host.Health;

/// <summary>
/// The heartbeat file beside the database (<c>briefingbot.db.health.json</c>): when the host last wrote it and what each
/// component last reported. Written by <see cref="HeartbeatService"/>, read by <c>BriefingBot health</c>.
/// </summary>
public sealed record Heartbeat(DateTimeOffset WrittenAt, int ProcessId, IReadOnlyList<ComponentHealth> Components)
{
    /// <summary>The host rewrites the file this often.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>A file, or a component's report, older than this is stale: the scheduler and the platforms report at least every minute.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(3);

    public static string PathFor(string databasePath) => databasePath + ".health.json";

    public string ToJson() => JsonSerializer.Serialize(this, HeartbeatJson.Default.Heartbeat);

    public static Heartbeat? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, HeartbeatJson.Default.Heartbeat);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What an operator needs to fix; empty when the host and every component are fresh and healthy.</summary>
    public IReadOnlyList<string> Problems(DateTimeOffset now)
    {
        var problems = new List<string>();
        if (now - WrittenAt > FreshFor)
        {
            problems.Add($"the heartbeat is {Age(now - WrittenAt)} old: the bot (process {ProcessId}) is not running or is stuck");
        }

        foreach (var component in Components)
        {
            if (now - component.At > FreshFor)
            {
                problems.Add($"{component.Name}: last report {Age(now - component.At)} ago ({component.State})");
            }
            else if (!component.Healthy)
            {
                problems.Add($"{component.Name}: {component.State}");
            }
        }

        return problems;
    }

    private static string Age(TimeSpan age) => age.TotalMinutes >= 1 ? $"{age.TotalMinutes:0} min" : $"{age.TotalSeconds:0} s";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Heartbeat))]
internal sealed partial class HeartbeatJson : JsonSerializerContext;
