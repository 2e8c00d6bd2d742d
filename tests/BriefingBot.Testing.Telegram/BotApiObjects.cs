using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>Builds the Bot API objects that the fake returns and puts into updates, with every field the spec requires.</summary>
internal static class BotApiObjects
{
    // Supergroup and channel ids are -100 followed by the internal id.
    private const long ChannelIdBase = -1_000_000_000_000;

    public static string WireName(FakeChatType type) => type switch
    {
        FakeChatType.Private => "private",
        FakeChatType.Group => "group",
        FakeChatType.Supergroup => "supergroup",
        FakeChatType.Channel => "channel",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string WireName(FakeChatMemberStatus status) => status switch
    {
        FakeChatMemberStatus.Creator => "creator",
        FakeChatMemberStatus.Administrator => "administrator",
        FakeChatMemberStatus.Member => "member",
        FakeChatMemberStatus.Restricted => "restricted",
        FakeChatMemberStatus.Left => "left",
        FakeChatMemberStatus.Kicked => "kicked",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Guesses the chat type from an id the way Telegram lays ids out: users positive, groups negative, supergroups/channels -100….</summary>
    public static FakeChatType TypeFromId(long chatId) => chatId switch
    {
        > 0 => FakeChatType.Private,
        <= ChannelIdBase => FakeChatType.Supergroup,
        _ => FakeChatType.Group,
    };

    public static JsonObject Chat(long id, FakeChatType type, string? title = null, bool isForum = false)
    {
        var chat = new JsonObject { ["id"] = id, ["type"] = WireName(type) };
        if (type == FakeChatType.Private)
        {
            chat["first_name"] = title ?? "Alice";
        }
        else
        {
            chat["title"] = title ?? $"Test {WireName(type)} {id}";
        }

        if (isForum)
        {
            chat["is_forum"] = true;
        }

        return chat;
    }

    /// <summary>The Chat for a request's <c>chat_id</c>, which may be a number, a numeric string or "@channelusername".</summary>
    public static JsonObject ChatFor(RecordedRequest request)
    {
        if (request.GetInt64("chat_id") is { } id)
        {
            return Chat(id, TypeFromId(id));
        }

        var username = request.GetString("chat_id")?.TrimStart('@') ?? "unknown";
        var stableId = username.Aggregate(17L, (hash, c) => ((hash * 31) + c) % 1_000_000_000);
        var chat = Chat(ChannelIdBase - stableId, FakeChatType.Channel, username);
        chat["username"] = username;
        return chat;
    }

    public static JsonObject ChatMember(FakeChatMemberStatus status, JsonObject user)
    {
        var member = new JsonObject { ["status"] = WireName(status), ["user"] = user };
        switch (status)
        {
            case FakeChatMemberStatus.Creator:
                member["is_anonymous"] = false;
                break;
            case FakeChatMemberStatus.Administrator:
                member["can_be_edited"] = false;
                member["is_anonymous"] = false;
                SetAll(member, true, "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                    "can_delete_stories", "can_post_messages", "can_edit_messages", "can_pin_messages");
                break;
            case FakeChatMemberStatus.Restricted:
                member["is_member"] = true;
                SetAll(member, false, "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
                    "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
                    "can_add_web_page_previews", "can_react_to_messages", "can_edit_tag", "can_change_info", "can_invite_users",
                    "can_pin_messages", "can_manage_topics");
                member["until_date"] = 0;
                break;
            case FakeChatMemberStatus.Kicked:
                member["until_date"] = 0;
                break;
        }

        return member;
    }

    private static void SetAll(JsonObject target, bool value, params string[] names)
    {
        foreach (var name in names)
        {
            target[name] = value;
        }
    }
}
