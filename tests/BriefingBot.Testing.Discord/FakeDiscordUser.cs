using System.Globalization;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>A user as the fake describes it.</summary>
public sealed record FakeDiscordUser(ulong Id, string Username, string? GlobalName = null, bool Bot = false)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id.ToString(CultureInfo.InvariantCulture),
        ["username"] = Username,
        ["discriminator"] = "0",
        ["global_name"] = GlobalName,
        ["avatar"] = null,
        ["bot"] = Bot,
        ["public_flags"] = 0,
    };
}
