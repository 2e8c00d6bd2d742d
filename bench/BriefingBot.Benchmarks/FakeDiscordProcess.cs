using BriefingBot.Testing.Discord;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The fake Discord (REST and gateway) as a standalone process, for measuring or checking the published app against it.
/// Prints its REST base URL, its bot token and the guild id to register commands in, then serves until the time is up or SIGTERM.
/// </summary>
public static class FakeDiscordProcess
{
    public static async Task RunAsync(TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        await using var api = new FakeDiscordServer();
        Console.WriteLine(api.BaseUrl);
        Console.WriteLine(api.Token);
        Console.WriteLine(FakeInteractionFactory.DefaultGuildId);
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
