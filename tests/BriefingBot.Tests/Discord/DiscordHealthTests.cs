using BriefingBot.Host.Health;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Discord;

public sealed class DiscordHealthTests
{
    [Fact]
    public async Task ConnectedGateway_KeepsReportingSoTheHeartbeatNeverGoesStale()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-20T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var bot = new DiscordBotUnderTest(clock);
        await bot.StartAsync();
        var file = Heartbeat.PathFor(bot.DatabasePath);

        for (var step = 0; step < 10; step++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(200);
        }

        // The heartbeat is rewritten on the manual clock's 15-second interval: wait for the one written at its time.
        Heartbeat? beat = null;
        for (var i = 0; i < 50 && (beat is null || beat.WrittenAt < clock.GetUtcNow().AddSeconds(-30)); i++)
        {
            await Task.Delay(100);
            beat = File.Exists(file) ? Heartbeat.FromJson(await File.ReadAllTextAsync(file)) : null;
        }

        Assert.True(beat is not null, $"no readable heartbeat at {file}: {(File.Exists(file) ? File.ReadAllText(file) : "missing")}; {string.Join(", ", Directory.GetFiles(Path.GetDirectoryName(file)!))}");
        var discord = Assert.Single(beat.Components, c => c.Name == "discord");
        Assert.Empty(beat.Problems(clock.GetUtcNow()));
        Assert.True(discord.Healthy, discord.State);
        Assert.True(clock.GetUtcNow() - discord.At < Heartbeat.FreshFor, $"the last Discord report is from {discord.At}, the clock says {clock.GetUtcNow()}");
    }
}
