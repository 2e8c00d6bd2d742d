using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Reminders;
using BriefingBot.Host.Cli;
using BriefingBot.Host.Hosting;
using BriefingBot.Host.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests;

/// <summary>The worker's reminder service wired as in production, on a manual clock, posting to a console writer.</summary>
public sealed class ReminderWorkerTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Worker_SubscribeWhileSleeping_WakesReplansAndPostsWhenTheClockReachesTheDueTime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-20T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var posts = new SynchronizedWriter();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = _run.DatabasePath })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddBriefingBot(configuration)
            .AddSingleton(new ConsoleChatPlatform(posts));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StoreInitializer>().InitializeAsync(CancellationToken.None);
        var worker = provider.GetServices<IHostedService>().OfType<ReminderSchedulerService>().SingleOrDefault()
            ?? ActivatorUtilities.CreateInstance<ReminderSchedulerService>(provider);
        await worker.StartAsync(CancellationToken.None);

        var reply = await provider.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new InboundCommand("subscribe", CommandInput.FromText("New START 7d"), ConsoleVerbs.Conversation, ChatSender.ConsoleOperator, clock.GetUtcNow()),
            CancellationToken.None);
        Assert.True(reply.Ok);
        var dueAt = DateTimeOffset.Parse("2026-01-28T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilAsync(() => provider.GetRequiredService<ReminderScheduler>().LastPass?.NextDue == dueAt);
        clock.SetUtcNow(dueAt);

        var text = await Eventually.AdvancingClockAsync(clock, posts.WaitForAsync("Reminder: The New START Treaty is set to expire"), minutes: 5);
        await worker.StopAsync(CancellationToken.None);

        Assert.Contains("Due February 4, 2026 (in 7 days).", text, StringComparison.Ordinal);
        Assert.Contains("[local]", text, StringComparison.Ordinal);
    }

    /// <summary>Waits for the background service (not for the clock): polls briefly, gives up after a minute.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the worker never re-planned after the subscription");
    }

    /// <summary>A writer the test can wait on: the worker writes from its own task.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }
        }

        public async Task<string> WaitForAsync(string expected)
        {
            // Waits for the background service, not for the clock: it polls briefly and gives up after a minute.
            for (var i = 0; i < 600; i++)
            {
                string text;
                lock (_gate)
                {
                    text = ToString();
                }

                if (text.Contains(expected, StringComparison.Ordinal))
                {
                    return text;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"The worker never wrote \"{expected}\".");
        }
    }
}
