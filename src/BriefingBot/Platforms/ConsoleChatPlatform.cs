using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;

namespace BriefingBot.Host.Platforms;

/// <summary>
/// The console as a chat platform: reminders for console subscriptions (made with <c>ask "/subscribe ..."</c>)
/// are printed to standard output by the worker. Message ids count up from 1 per run.
/// </summary>
public sealed class ConsoleChatPlatform(TextWriter? output = null) : IChatPlatform
{
    public const string PlatformName = "console";

    private readonly TextWriter _output = output ?? System.Console.Out;
    private readonly Lock _gate = new();
    private long _nextId;

    public string Name => PlatformName;

    public Task<string> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _output.WriteLine($"[{chatId}] {PlainTextReplyRenderer.Render(reply)}");
            _output.WriteLine();
            _output.Flush();
            return Task.FromResult((++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
