using BriefingBot.Testing.Telegram;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The fake Bot API as a standalone process, for checks that run the published app or the Docker image against it
/// (CI's published-folder run, dockercheck). Prints its base URL, then the token it accepts, then serves until the time is up.
/// </summary>
public static class FakeTelegramServer
{
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    public static async Task RunAsync(TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        await using var api = new FakeBotApiServer(Token, new FakeBotApiServerOptions { BotUsername = "BriefingCheckBot" });
        Console.WriteLine(api.BaseUrl);
        Console.WriteLine(Token);
        await Console.Out.FlushAsync();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Time is up, or SIGTERM.
        }
    }
}
