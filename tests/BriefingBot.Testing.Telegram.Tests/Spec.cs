namespace BriefingBot.Testing.Telegram.Tests;

/// <summary>The Bot API spec, loaded once for all tests.</summary>
internal static class Spec
{
    private static readonly Lazy<BotApiSpec> Loaded = new(() => BotApiSpec.Load());

    public static BotApiSpec Api => Loaded.Value;
}
