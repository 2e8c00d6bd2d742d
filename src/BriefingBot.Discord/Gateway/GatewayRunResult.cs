namespace BriefingBot.Discord.Gateway;

/// <summary>How <see cref="DiscordGatewayClient.RunAsync"/> ended: stopped as asked, or a fatal cause with what to fix.</summary>
public sealed record GatewayRunResult(GatewayFatalCause? FatalCause, int? CloseCode, string Description)
{
    public static GatewayRunResult Stopped { get; } = new(null, null, "Stopped as asked.");

    public bool IsFatal => FatalCause is not null;

    public static GatewayRunResult Fatal(GatewayFatalCause cause, int? closeCode, string description) => new(cause, closeCode, description);
}
