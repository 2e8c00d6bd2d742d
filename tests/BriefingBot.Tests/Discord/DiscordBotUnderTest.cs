using System.Text.Json.Nodes;
using BriefingBot.Host.Cli;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Discord;

/// <summary>
/// The real host (<c>BriefingBot run</c>, in process) with its Discord adapter pointed at a fake Discord (REST and
/// gateway) on loopback, a private database, and every log line recorded. Commands register in the fake's guild.
/// </summary>
internal sealed class DiscordBotUnderTest : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly CommandLineRun _run = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private CancellationTokenSource? _stop;
    private Task<int>? _running;

    public DiscordBotUnderTest(FakeTimeProvider? clock = null, TimeSpan? heartbeat = null)
    {
        Clock = clock;
        Api = new FakeDiscordServer(new FakeDiscordServerOptions { HeartbeatInterval = heartbeat ?? TimeSpan.FromSeconds(41.25) });
    }

    public FakeDiscordServer Api { get; }

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
            "--Discord:Token", Api.Token, "--Discord:ApiBaseUrl", Api.BaseUrl,
            "--Discord:GuildId", FakeInteractionFactory.DefaultGuildId.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
        await Task.WhenAny(Api.WaitForRequestAsync(FakeRoutes.OverwriteGuildCommands, timeout: Patience), _running);
        if (_running.IsCompleted)
        {
            throw new InvalidOperationException($"The host ended at start with {await _running}: {Output}");
        }
    }

    /// <summary>Sends the interaction over the gateway and waits for the bot's response to it (its callback).</summary>
    public async Task<FakeInteractionState> InteractAsync(FakeInteraction interaction)
    {
        await Api.Gateway.DispatchInteractionCreateAsync(interaction);
        for (var waited = TimeSpan.Zero; waited < Patience; waited += TimeSpan.FromMilliseconds(20))
        {
            if (Api.InteractionState(interaction) is { ResponseType: not null } state)
            {
                return state;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The bot did not answer interaction {interaction.Id}: {Output}");
    }

    public async Task<int> StopAsync()
    {
        await _stop!.CancelAsync();
        return await _running!.WaitAsync(Patience);
    }

    /// <summary>The first embed's title, description and fields of a response or message body, as one text.</summary>
    public static string EmbedText(JsonNode? body)
    {
        var embed = body?["embeds"]?[0];
        var fields = embed?["fields"]?.AsArray().Select(f => $"{f?["name"]}\n{f?["value"]}") ?? [];
        return string.Join('\n', new[] { embed?["title"]?.ToString(), embed?["description"]?.ToString() }.Concat(fields).Where(t => t is not null));
    }

    public void AssertTokenNeverShown()
    {
        var everything = string.Join('\n', Logs.Lines.Select(l => l.Message + l.Exception)) + Output;
        Assert.DoesNotContain(Api.Token, everything, StringComparison.Ordinal);
    }

    /// <summary>Every REST request body the bot sent fits Discord's OpenAPI description.</summary>
    public void AssertRequestsMatchTheSpec()
    {
        var problems = Api.Requests.SelectMany(r => DiscordOpenApiValidator.Default.Validate(r).Select(p => $"{r}: {p}")).ToArray();
        Assert.Empty(problems);
    }

    public async ValueTask DisposeAsync()
    {
        if (_running is { IsCompleted: false })
        {
            await StopAsync();
        }

        AssertTokenNeverShown();
        AssertRequestsMatchTheSpec();
        _stop?.Dispose();
        await Api.DisposeAsync();
        _run.Dispose();
    }
}
