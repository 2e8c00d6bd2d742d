using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>A Telegram user as it appears in updates (<c>from</c>, <c>user</c>).</summary>
public sealed record FakeUser(long Id, string FirstName, string? Username = null, bool IsBot = false)
{
    /// <summary>The user that sends messages when a test names nobody.</summary>
    public static FakeUser Alice { get; } = new(424242, "Alice", "alice");

    /// <summary>The Bot API <c>User</c> object.</summary>
    public JsonObject ToJson()
    {
        var user = new JsonObject { ["id"] = Id, ["is_bot"] = IsBot, ["first_name"] = FirstName };
        if (Username is not null)
        {
            user["username"] = Username;
        }

        return user;
    }
}
