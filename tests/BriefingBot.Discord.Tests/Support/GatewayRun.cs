using BriefingBot.Discord.Gateway;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>A gateway client's RunAsync in the background, with helpers to read its dispatches and stop it.</summary>
internal sealed class GatewayRun : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stop = new();

    public GatewayRun(DiscordGatewayClient client)
    {
        Client = client;
        Result = Task.Run(() => client.RunAsync(_stop.Token));
    }

    public DiscordGatewayClient Client { get; }

    public Task<GatewayRunResult> Result { get; }

    /// <summary>The next dispatch named <paramref name="eventName"/>, skipping others (real-time bound).</summary>
    public async Task<GatewayDispatch> NextDispatchAsync(string eventName)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var dispatch = await Client.Dispatches.ReadAsync(timeout.Token);
            if (dispatch.EventName == eventName)
            {
                return dispatch;
            }
        }
    }

    public async Task<GatewayRunResult> StopAsync()
    {
        await _stop.CancelAsync();
        return await Result.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Result.IsCompleted)
        {
            await _stop.CancelAsync();
            await Result.WaitAsync(Patience);
        }

        _stop.Dispose();
    }
}
