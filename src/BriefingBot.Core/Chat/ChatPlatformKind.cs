namespace BriefingBot.Core.Chat;

/// <summary>The platforms the bot speaks on: a closed set, stored by <see cref="ChatPlatformNames"/>.</summary>
public enum ChatPlatformKind
{
    Console = 1,
    Telegram = 2,
    Discord = 3,
}

/// <summary>The stored and logged names of the platforms: "console", "telegram", "discord".</summary>
public static class ChatPlatformNames
{
    public static string Name(this ChatPlatformKind platform) => platform switch
    {
        ChatPlatformKind.Console => "console",
        ChatPlatformKind.Telegram => "telegram",
        ChatPlatformKind.Discord => "discord",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Not a chat platform."),
    };

    public static bool TryParse(string? name, out ChatPlatformKind platform)
    {
        platform = name switch
        {
            "console" => ChatPlatformKind.Console,
            "telegram" => ChatPlatformKind.Telegram,
            "discord" => ChatPlatformKind.Discord,
            _ => default,
        };
        return platform != default;
    }
}
