using BriefingBot.Host.Cli;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Telegram;

/// <summary>
/// The real host (<c>BriefingBot run</c>, in process) with its Telegram adapter pointed at a fake Bot API on loopback,
/// a private database, and every log line recorded. Optionally on a manual clock.
/// </summary>
internal sealed class TelegramBotUnderTest : IAsyncDisposable
{
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly CommandLineRun _run;
    private readonly bool _ownsRun;
    private readonly bool _ownsApi;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private CancellationTokenSource? _stop;
    private Task<int>? _running;

    public TelegramBotUnderTest(FakeTimeProvider? clock = null, CommandLineRun? run = null, FakeBotApiServer? api = null)
    {
        Clock = clock;
        _ownsRun = run is null;
        _run = run ?? new CommandLineRun();
        _ownsApi = api is null;
        Api = api ?? new FakeBotApiServer(Token, new FakeBotApiServerOptions { BotUsername = "BriefingTestBot" });
    }

    public FakeBotApiServer Api { get; }

    public FakeTimeProvider? Clock { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public string DatabasePath => _run.DatabasePath;

    public string Output => _output.ToString() + _error.ToString();

    public async Task StartAsync(params string[] extraArgs)
    {
        _stop = new CancellationTokenSource();
        string[] args =
        [
            "run", "--Storage:Path", _run.DatabasePath,
            "--Telegram:Token", Token, "--Telegram:ApiBaseUrl", Api.BaseUrl, "--Telegram:PollTimeout", "00:00:02",
            "--Reminders:Enabled", Clock is null ? "false" : "true",
            .. extraArgs,
        ];
        _running = BriefingBotCommandLine.RunAsync(args, new StringReader(string.Empty), _output, _error, _stop.Token, services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
        await Task.WhenAny(Api.WaitForRequestAsync("getUpdates", timeout: Patience), _running);
        if (_running.IsCompleted)
        {
            throw new InvalidOperationException($"The host ended at start with {await _running}: {Output}");
        }
    }

    public async Task<int> StopAsync()
    {
        await _stop!.CancelAsync();
        return await _running!.WaitAsync(Patience);
    }

    /// <summary>The next sendMessage to this chat after <paramref name="after"/> (a request sequence number).</summary>
    public Task<RecordedRequest> ReplyToAsync(long chatId, long after = 0, Func<RecordedRequest, bool>? matching = null) =>
        Api.WaitForRequestAsync(
            "sendMessage",
            r => r.GetInt64("chat_id") == chatId && r.Sequence > after && (matching is null || matching(r)),
            Patience);

    public long LastSequence => Api.Requests.Count == 0 ? 0 : Api.Requests[^1].Sequence;

    /// <summary>No log line, console line or stored text may hold the token.</summary>
    public void AssertTokenNeverShown()
    {
        Assert.DoesNotContain(Logs.Lines, l => l.Message.Contains(Token, StringComparison.Ordinal) || (l.Exception ?? "").Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(Token, Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token.Split(':')[1], string.Join('\n', Logs.Lines.Select(l => l.Message + l.Exception)), StringComparison.Ordinal);
    }

    /// <summary>Every request the bot sent is a Bot API 10.1 method with the right fields.</summary>
    public void AssertRequestsMatchTheSpec()
    {
        var spec = BotApiSpec.Load();
        var problems = Api.Requests.SelectMany(r => spec.Validate(r).Select(p => $"{r}: {p}")).ToArray();
        Assert.Empty(problems);
    }

    /// <summary>Stops the host, then checks what every test must hold: the token never shown, every request to the spec.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_running is { IsCompleted: false })
        {
            await StopAsync();
        }

        AssertTokenNeverShown();
        AssertRequestsMatchTheSpec();

        _stop?.Dispose();
        if (_ownsApi)
        {
            await Api.DisposeAsync();
        }

        if (_ownsRun)
        {
            _run.Dispose();
        }
    }
}
