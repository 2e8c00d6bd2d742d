using System.Text;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests;

public sealed class GatewaySenderTests
{
    [Fact]
    public async Task Sends_NeverExceed120InAny60Seconds_AndHeartbeatsKeepTheirReservedSlots()
    {
        var time = new FakeTimeProvider(DiscordHarness.Start);
        var waits = new WaitScheduler(time);
        var recorder = new WaitRecorder(waits, time);
        var socket = new RecordingWebSocket(time);
        var sender = new GatewaySender(socket, waits, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var running = sender.RunAsync(stop.Token);

        for (var i = 0; i < 130; i++)
        {
            Assert.True(sender.Enqueue((GatewayOpcode)3, Encoding.UTF8.GetBytes($$"""{"op":3,"d":{{i}}}""")));
        }

        await socket.WaitForCountAsync(117);
        var pause = await recorder.NextAsync(WaitReason.GatewaySendPacing);
        Assert.Equal(TimeSpan.FromSeconds(60), pause.Duration);
        Assert.Equal(117, socket.Sent.Count);

        Assert.True(sender.EnqueueHeartbeat(() => """{"op":1,"d":7}"""u8.ToArray()));
        await socket.WaitForCountAsync(118);
        Assert.Equal("""{"op":1,"d":7}""", Encoding.UTF8.GetString(socket.Sent[117].Bytes));

        time.Advance(TimeSpan.FromSeconds(60));
        await socket.WaitForCountAsync(131);
        var sent = socket.Sent.Select(s => s.At).ToList();
        Assert.All(sent, at => Assert.True(sent.Count(o => o >= at && o < at + TimeSpan.FromSeconds(60)) <= 120));
        Assert.Equal(Enumerable.Range(0, 130).Select(i => $$"""{"op":3,"d":{{i}}}"""),
            socket.Sent.Select(s => Encoding.UTF8.GetString(s.Bytes)).Where(s => s.StartsWith("""{"op":3""", StringComparison.Ordinal)));

        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task PayloadsOver4096Bytes_AreNotSent()
    {
        var time = new FakeTimeProvider(DiscordHarness.Start);
        var socket = new RecordingWebSocket(time);
        var sender = new GatewaySender(socket, new WaitScheduler(time), NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var running = sender.RunAsync(stop.Token);

        sender.Enqueue((GatewayOpcode)3, new byte[GatewaySender.MaxPayloadBytes + 1]);
        sender.Enqueue((GatewayOpcode)3, new byte[GatewaySender.MaxPayloadBytes]);
        await socket.WaitForCountAsync(1);

        Assert.Equal(GatewaySender.MaxPayloadBytes, Assert.Single(socket.Sent).Bytes.Length);
        await stop.CancelAsync();
        await running;
    }

    [Theory]
    [InlineData(1, 0.5, 1.0)]
    [InlineData(2, 0.5, 2.0)]
    [InlineData(3, 0.0, 3.0)]
    [InlineData(4, 0.999, 9.996)]
    [InlineData(10, 0.5, 60.0)]
    public void Backoff_DoublesPerFailure_WithJitter_CappedAtTheMaximum(int failures, double fraction, double expectedSeconds)
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new JitterSource(new FixedRandom(fraction)));

        Assert.Equal(expectedSeconds, backoff.DelayAfter(failures).TotalSeconds, precision: 3);
    }
}
