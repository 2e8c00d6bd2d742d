using System.Collections.Concurrent;
using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Who is an admin of a Telegram chat: everyone in their own private chat; a channel's posts (only its admins can
/// post); an anonymous group admin, whose message comes as the group itself (<c>sender_chat</c>); otherwise, readers
/// of a channel pressing a button included, the chat's creator and administrators by <c>getChatMember</c>, kept for
/// <see cref="CacheFor"/>. When Telegram cannot
/// say, the sender is a member: least privilege.
/// </summary>
internal sealed partial class TelegramChatRoles(
    TelegramClientFactory clients, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramChatRoles> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<(long Chat, long User), (ChatRole Role, DateTimeOffset Until)> _cache = new();
    private readonly TokenScrubber _scrubber = new(options.Value.Token ?? string.Empty);

    public async Task<ChatRole> ResolveAsync(Chat chat, User? from, Chat? senderChat, CancellationToken cancellationToken)
    {
        // A channel's own posts come from its admins; anyone else in a channel (a reader pressing a button) is checked.
        if (chat.Type == ChatType.Private || senderChat?.Id == chat.Id || (chat.Type == ChatType.Channel && from is null))
        {
            return ChatRole.Admin;
        }

        if (from is null || senderChat is not null)
        {
            return ChatRole.Member;
        }

        var now = time.GetUtcNow();
        if (_cache.TryGetValue((chat.Id, from.Id), out var cached) && cached.Until > now)
        {
            return cached.Role;
        }

        try
        {
            var member = await clients.Client.GetChatMember(chat.Id, from.Id, cancellationToken);
            var role = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator ? ChatRole.Admin : ChatRole.Member;
            _cache[(chat.Id, from.Id)] = (role, now + CacheFor);
            return role;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LookupFailed(logger, _scrubber.Describe(ex));
            return ChatRole.Member;
        }
    }

    /// <summary>
    /// The sender, with their role in this chat. Telegram is asked (getChatMember) only for the commands that need an
    /// admin; for the others a group member is stated as a member, which is all those commands need to know.
    /// </summary>
    public async Task<ChatSender> SenderAsync(string command, Chat chat, User? from, Chat? senderChat, CancellationToken cancellationToken)
    {
        var needsAdmin = CommandCatalogue.Find(command)?.AdminOnly == true;
        var role = needsAdmin || chat.Type is ChatType.Private or ChatType.Channel
            ? await ResolveAsync(chat, from, senderChat, cancellationToken)
            : ChatRole.Member;
        var id = (from?.Id ?? senderChat?.Id ?? chat.Id).ToString(CultureInfo.InvariantCulture);
        var name = from is not null
            ? string.Join(' ', new[] { from.FirstName, from.LastName }.Where(n => !string.IsNullOrEmpty(n)))
            : senderChat?.Title ?? chat.Title ?? id;
        return new ChatSender(id, name, role);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 220, Level = LogLevel.Warning, Message = "Could not ask Telegram whether a sender is a chat admin; treating them as a member: {Reason}")]
        public static partial void LookupFailed(ILogger logger, string reason);
    }
}
