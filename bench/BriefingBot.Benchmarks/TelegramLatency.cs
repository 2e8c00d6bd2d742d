using BriefingBot.Host.Cli;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Time from an update being available at a loopback fake Bot API to the bot's reply reaching it, through the real
/// host (<c>BriefingBot run</c>: long polling, the inbound runner, the dispatcher, rendering, paced sending).
/// Commands go one at a time, each from its own private chat, at most <see cref="CommandsPerSecond"/> a second:
/// under Telegram's 30 a second overall, so the figure is the bot's own latency, not the pacing's queue.
/// </summary>
public static class TelegramLatency
{
    public const int DefaultCommands = 200;
    public const int CommandsPerSecond = 20;
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    private static readonly string[] Commands = ["/brief New START", "/topics", "/timeline", "/quote sanctions", "/help", "/upcoming 3650"];

    public static async Task RunAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefingbot-bench", "telegram-" + Guid.NewGuid().ToString("N"));
        await using var api = new FakeBotApiServer(Token, new FakeBotApiServerOptions { BotUsername = "BriefingBenchBot" });
        using var stop = new CancellationTokenSource();
        var host = BriefingBotCommandLine.RunAsync(
            ["run", "--Storage:Path", Path.Combine(folder, "bench.db"), "--Telegram:Token", Token, "--Telegram:ApiBaseUrl", api.BaseUrl,
             "--Reminders:Enabled", "false", "--Logging:LogLevel:Default", "Warning"],
            TextReader.Null, Console.Out, Console.Error, stop.Token);
        await api.WaitForRequestAsync("getUpdates", timeout: TimeSpan.FromMinutes(1));

        await PacedLatency.MeasureAsync(20, CommandsPerSecond, i => AnswerAsync(api, 900_000 + i, i));
        var latencies = await PacedLatency.MeasureAsync(count, CommandsPerSecond, i => AnswerAsync(api, 1_000_000 + i, i));

        await stop.CancelAsync();
        await host;
        Directory.Delete(folder, recursive: true);
        Console.WriteLine($"Telegram update-to-reply latency, {count} commands ({string.Join(", ", Commands)}), one a time at most {CommandsPerSecond}/s:");
        Console.WriteLine($"  {PacedLatency.Summary(latencies)}");
    }

    /// <summary>One command from its own private chat, done when its reply reaches the fake.</summary>
    private static async Task AnswerAsync(FakeBotApiServer api, long chat, int index)
    {
        api.EnqueueUpdate(api.Updates.Message(chat, Commands[index % Commands.Length]));
        await api.WaitForRequestAsync("sendMessage", r => r.GetInt64("chat_id") == chat, TimeSpan.FromSeconds(30));
    }
}
