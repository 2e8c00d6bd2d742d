using BriefingBot.Core.Chat;
using BriefingBot.Core.Replies;

namespace BriefingBot.Host.Platforms;

/// <summary>
/// The console as a chat platform: reminders for console subscriptions (made with <c>ask "/subscribe ..."</c>)
/// are printed to standard output by the worker. Message ids count up from 1 per run.
/// </summary>
public sealed class ConsoleChatPlatform(TextWriter? output = null) : IChatPlatform
{
    private readonly TextWriter _output = output ?? System.Console.Out;
    private readonly Lock _gate = new();
    private long _nextId;

    public ChatPlatformKind Platform => ChatPlatformKind.Console;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _output.WriteLine($"[{message.Conversation.ChatId}] {PlainTextReplyRenderer.Render(message.Reply)}");
            _output.WriteLine();
            _output.Flush();
            return Task.FromResult(SendResult.Sent((++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
