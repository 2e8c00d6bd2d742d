using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;

namespace BriefingBot.Testing;

/// <summary>Inbound commands as the adapters build them, for tests.</summary>
public static class TestCommands
{
    public static readonly ConversationRef Group = ConversationRef.Telegram(-1001234567890);
    public static readonly ChatSender Admin = new("1", "Ada Admin", ChatRole.Admin);
    public static readonly ChatSender Member = new("2", "Max Member", ChatRole.Member);

    /// <summary>"/name text" typed in chat (the console, Telegram).</summary>
    public static InboundCommand Text(string name, string text = "", ChatSender? sender = null, ConversationRef? conversation = null, DateTimeOffset? at = null) =>
        new(name, CommandInput.FromText(text), conversation ?? Group, sender ?? Admin, at ?? DateTimeOffset.UnixEpoch);

    /// <summary>A command with typed options, as Discord delivers them.</summary>
    public static InboundCommand Options(string name, IReadOnlyDictionary<string, string> options, ChatSender? sender = null, ConversationRef? conversation = null) =>
        new(name, CommandInput.FromOptions(options), conversation ?? Group, sender ?? Admin, DateTimeOffset.UnixEpoch);
}
