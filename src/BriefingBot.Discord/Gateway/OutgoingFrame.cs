namespace BriefingBot.Discord.Gateway;

/// <summary>A payload waiting for the sender; heartbeats are built when sent, so they carry the latest sequence number.</summary>
internal sealed record OutgoingFrame(GatewayOpcode Opcode, Func<byte[]> Build);
