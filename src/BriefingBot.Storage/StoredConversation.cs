using BriefingBot.Core.Chat;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>A conversation in three columns: platform name, chat id, and thread id ('' for the whole chat).</summary>
internal static class StoredConversation
{
    public static void Bind(SqliteCommand command, ConversationRef conversation, string prefix = "")
    {
        command.Parameters.AddWithValue($"${prefix}platform", conversation.Platform.Name());
        command.Parameters.AddWithValue($"${prefix}chat", conversation.ChatId);
        command.Parameters.AddWithValue($"${prefix}thread", conversation.ThreadId ?? string.Empty);
    }

    /// <summary>Reads the columns at <paramref name="first"/>, +1, +2. False for a row no current platform can take.</summary>
    public static bool TryRead(SqliteDataReader reader, int first, out ConversationRef conversation)
    {
        conversation = default;
        if (!ChatPlatformNames.TryParse(reader.GetString(first), out var platform))
        {
            return false;
        }

        try
        {
            conversation = new ConversationRef(platform, reader.GetString(first + 1), reader.GetString(first + 2));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
