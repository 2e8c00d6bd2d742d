namespace BriefingBot.Discord.Gateway;

/// <summary>Connection properties sent with Identify.</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device)
{
    public static IdentifyProperties ForThisMachine()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : OperatingSystem.IsLinux() ? "linux" : "unknown";
        return new IdentifyProperties(os, "BriefingBot", "BriefingBot");
    }
}
