namespace BriefingBot.Discord.Gateway;

/// <summary>The ways a gateway connection ends.</summary>
internal enum ConnectionEndKind
{
    /// <summary>The stopping token fired.</summary>
    Stopped,

    /// <summary>The socket never opened.</summary>
    ConnectFailed,

    /// <summary>No Hello within the connect timeout.</summary>
    HelloTimeout,

    /// <summary>Reconnect (op 7).</summary>
    ReconnectRequested,

    /// <summary>Invalid Session (op 9); <see cref="ConnectionEnd.Resumable"/> carries its d.</summary>
    InvalidSession,

    /// <summary>No ACK between two heartbeats.</summary>
    Zombie,

    /// <summary>Discord sent a close frame; <see cref="ConnectionEnd.CloseCode"/> says which.</summary>
    ClosedByServer,

    /// <summary>The socket failed with no close frame.</summary>
    Dropped,
}
