using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Timing;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>
/// The fake Discord, a REST client and (on demand) a gateway client pointed at it, all on one manual clock, with every
/// log line recorded. Disposing it checks that no log line carried the bot token or an interaction token.
/// </summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public DiscordHarness(Action<DiscordOptions>? configure = null, Func<FakeDiscordServerOptions, FakeDiscordServerOptions>? server = null)
    {
        var serverOptions = new FakeDiscordServerOptions { TimeProvider = Time };
        Server = new FakeDiscordServer(server?.Invoke(serverOptions) ?? serverOptions);
        Options = new DiscordOptions
        {
            Token = Server.Token,
            ApiBaseUrl = new Uri(Server.BaseUrl),
            RequestTimeout = TimeSpan.FromSeconds(15),
        };
        configure?.Invoke(Options);
        Rest = new DiscordRestClient(Http, Microsoft.Extensions.Options.Options.Create(Options), Time, Logs.CreateLogger<DiscordRestClient>());
        RestWaits = new WaitRecorder(Rest.Waits, Time);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeDiscordServer Server { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public DiscordOptions Options { get; }

    public DiscordRestClient Rest { get; }

    /// <summary>The REST client's pauses; none is advanced automatically.</summary>
    public WaitRecorder RestWaits { get; }

    /// <summary>
    /// A gateway client whose pauses other than heartbeats (and any reasons in <paramref name="manual"/>) pass at once.
    /// </summary>
    public (DiscordGatewayClient Client, WaitRecorder Waits) CreateGateway(double jitter = 0.5, params WaitReason[] manual)
    {
        var gateway = new DiscordGatewayClient(Rest, Microsoft.Extensions.Options.Options.Create(Options), Time, Logs.CreateLogger<DiscordGatewayClient>(), new FixedRandom(jitter));
        WaitReason[] automatic = [WaitReason.Reconnect, WaitReason.InvalidSession, WaitReason.IdentifyPacing, WaitReason.GatewayUrl, WaitReason.GatewaySendPacing];
        return (gateway, new WaitRecorder(gateway.Waits, Time, [.. automatic.Except(manual)]));
    }

    /// <summary>Fails if any log line holds the bot token or one of <paramref name="interactionTokens"/>.</summary>
    public void AssertNoSecretsLogged(params string[] interactionTokens)
    {
        foreach (var secret in interactionTokens.Prepend(Server.Token))
        {
            var leaking = Logs.Lines.Where(l => l.Contains(secret)).ToList();
            Assert.True(leaking.Count == 0, $"A log line holds a secret: {string.Join(" | ", leaking.Select(l => l.Message))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        AssertNoSecretsLogged();
        Rest.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
