namespace BriefingBot.Core.Chat;

/// <summary>What a sender may do in a conversation. There is no default: the adapter must say which.</summary>
public enum ChatRole
{
    /// <summary>May ask: brief, quote, topics, timeline and the other read-only commands.</summary>
    Member = 1,

    /// <summary>May also change the conversation's reminders (chat administrators; the console; a user in their own DMs).</summary>
    Admin = 2,
}

/// <summary>Who sent a command: the platform's user id, a display name for logs and replies, and their role in the chat.</summary>
public sealed record ChatSender
{
    public ChatSender(string id, string displayName, ChatRole role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "A sender's role must be stated: Member or Admin.");
        }

        Id = id;
        DisplayName = displayName ?? string.Empty;
        Role = role;
    }

    public string Id { get; }

    public string DisplayName { get; }

    public ChatRole Role { get; }

    public bool IsAdmin => Role == ChatRole.Admin;

    /// <summary>The console's user: the operator at the keyboard, admin of the console's reminders.</summary>
    public static ChatSender ConsoleOperator { get; } = new("console", "console", ChatRole.Admin);
}
