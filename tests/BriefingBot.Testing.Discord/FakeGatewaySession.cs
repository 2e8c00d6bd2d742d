using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>A gateway session at the fake: its id, its sequence numbers and the dispatches kept for replay on Resume.</summary>
public sealed class FakeGatewaySession(string id)
{
    private readonly Lock _lock = new();
    private readonly List<(long Sequence, string Name, JsonNode Data)> _events = [];
    private long _sequence;

    public string Id => id;

    /// <summary>The last sequence number issued.</summary>
    public long Sequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Set by <see cref="FakeDiscordGateway.InvalidateSessions"/>: a Resume of it gets Invalid Session (d: false).</summary>
    public bool Invalidated { get; internal set; }

    internal (long Sequence, JsonObject Payload) Record(string name, JsonNode data)
    {
        lock (_lock)
        {
            var sequence = ++_sequence;
            if (name is not ("READY" or "RESUMED"))
            {
                _events.Add((sequence, name, data.DeepClone()));
            }

            return (sequence, Dispatch(sequence, name, data));
        }
    }

    internal IReadOnlyList<JsonObject> After(long sequence)
    {
        lock (_lock)
        {
            return [.. _events.Where(e => e.Sequence > sequence).Select(e => Dispatch(e.Sequence, e.Name, e.Data))];
        }
    }

    private static JsonObject Dispatch(long sequence, string name, JsonNode data) =>
        new() { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = sequence, ["t"] = name };
}
