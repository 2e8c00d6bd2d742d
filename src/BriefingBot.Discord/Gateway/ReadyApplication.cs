namespace BriefingBot.Discord.Gateway;

/// <summary>READY's partial application: its id and flags.</summary>
internal sealed class ReadyApplication
{
    public ulong Id { get; init; }

    public long? Flags { get; init; }
}
