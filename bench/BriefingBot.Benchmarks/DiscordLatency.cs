using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Host.Cli;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Time from an INTERACTION_CREATE leaving the fake Discord's gateway to the bot's interaction callback reaching its
/// REST API, through the real host (<c>BriefingBot run</c>: gateway client, dispatch reader, inbound runner,
/// dispatcher, embed rendering, REST client). One interaction at a time, at most <see cref="PerSecond"/> a second.
/// Discord allows 3 seconds.
/// </summary>
public static class DiscordLatency
{
    public const int DefaultInteractions = 200;
    public const int PerSecond = 20;

    private static readonly (string Name, JsonArray? Options)[] Commands =
    [
        ("brief", [FakeInteractionFactory.StringOption("topic", "New START")]),
        ("topics", null),
        ("timeline", null),
        ("quote", [FakeInteractionFactory.StringOption("topic", "sanctions")]),
        ("help", null),
        ("upcoming", [FakeInteractionFactory.IntegerOption("days", 3650)]),
    ];

    public static async Task RunAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefingbot-bench", "discord-" + Guid.NewGuid().ToString("N"));
        await using var api = new FakeDiscordServer();
        using var stop = new CancellationTokenSource();
        var host = BriefingBotCommandLine.RunAsync(
            ["run", "--Storage:Path", Path.Combine(folder, "bench.db"), "--Discord:Token", api.Token, "--Discord:ApiBaseUrl", api.BaseUrl,
             "--Discord:GuildId", FakeInteractionFactory.DefaultGuildId.ToString(CultureInfo.InvariantCulture),
             "--Reminders:Enabled", "false", "--Logging:LogLevel:Default", "Warning"],
            TextReader.Null, Console.Out, Console.Error, stop.Token);
        await api.WaitForRequestAsync(FakeRoutes.OverwriteGuildCommands, timeout: TimeSpan.FromMinutes(1));

        await PacedLatency.MeasureAsync(20, PerSecond, i => AnswerAsync(api, i));
        var latencies = await PacedLatency.MeasureAsync(count, PerSecond, i => AnswerAsync(api, i));

        await stop.CancelAsync();
        await host;
        Directory.Delete(folder, recursive: true);
        Console.WriteLine($"Discord INTERACTION_CREATE-to-callback latency, {count} interactions ({string.Join(", ", Commands.Select(c => "/" + c.Name))}), one at a time at most {PerSecond}/s:");
        Console.WriteLine($"  {PacedLatency.Summary(latencies)}");
    }

    /// <summary>One slash command, done when its callback reaches the fake.</summary>
    private static async Task AnswerAsync(FakeDiscordServer api, int index)
    {
        var (name, options) = Commands[index % Commands.Length];
        var interaction = api.Interactions.SlashCommand(name, (JsonArray?)options?.DeepClone());
        var id = interaction.Id.ToString(CultureInfo.InvariantCulture);
        var answered = api.WaitForRequestAsync(FakeRoutes.CreateInteractionResponse, r => r.Path.Contains(id, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await api.Gateway.DispatchInteractionCreateAsync(interaction);
        await answered;
    }
}
