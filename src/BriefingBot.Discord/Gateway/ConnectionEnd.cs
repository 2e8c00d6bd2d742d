namespace BriefingBot.Discord.Gateway;

/// <summary>How one gateway connection ended, and whether it got as far as READY or RESUMED.</summary>
internal sealed record ConnectionEnd(ConnectionEndKind Kind, bool ReachedReady, int? CloseCode = null, bool Resumable = true)
{
    public override string ToString() => CloseCode is { } code ? $"{Kind} ({code})" : Kind.ToString();
}
