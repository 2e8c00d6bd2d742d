namespace BriefingBot.Discord.Gateway;

/// <summary>Gateway opcodes the bot sends or handles (developers/topics/opcodes-and-status-codes#gateway).</summary>
public enum GatewayOpcode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
