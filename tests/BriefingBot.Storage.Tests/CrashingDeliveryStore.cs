using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Storage.Tests;

/// <summary>Stands for the process dying at a chosen step of a delivery.</summary>
internal sealed class SimulatedCrashException : Exception;

/// <summary>
/// The real delivery store, but the process "dies" right before a chosen write, or something else happens (another
/// scheduler runs) between reading the ready deliveries and acting on them.
/// </summary>
internal sealed class CrashingDeliveryStore(IDeliveryStore inner) : IDeliveryStore
{
    public bool CrashOnMarkSending { get; init; }

    public bool CrashOnMarkSent { get; init; }

    public Func<Task>? AfterGetReady { get; init; }

    public Task<bool> TryMarkSendingAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrashOnMarkSending ? throw new SimulatedCrashException() : inner.TryMarkSendingAsync(delivery, now, cancellationToken);

    public Task MarkSentAsync(Delivery delivery, string messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrashOnMarkSent ? throw new SimulatedCrashException() : inner.MarkSentAsync(delivery, messageId, now, cancellationToken);

    public Task<bool> TryClaimAsync(PlannedReminder reminder, bool late, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.TryClaimAsync(reminder, late, now, cancellationToken);

    public Task<IReadOnlyList<PlannedReminder>> RecordMissedAsync(IReadOnlyList<PlannedReminder> reminders, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.RecordMissedAsync(reminders, now, cancellationToken);

    public async Task<IReadOnlyList<Delivery>> GetReadyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ready = await inner.GetReadyAsync(now, cancellationToken);
        if (AfterGetReady is { } meanwhile)
        {
            await meanwhile();
        }

        return ready;
    }

    public Task<DateTimeOffset?> GetNextRetryAsync(CancellationToken cancellationToken) => inner.GetNextRetryAsync(cancellationToken);

    public Task MarkRetryAsync(Delivery delivery, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        inner.MarkRetryAsync(delivery, error, nextAttemptAt, cancellationToken);

    public Task MarkFailedAsync(Delivery delivery, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.MarkFailedAsync(delivery, error, now, cancellationToken);

    public Task MarkMissedAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.MarkMissedAsync(delivery, now, cancellationToken);

    public Task<int> MarkInterruptedSendsAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.MarkInterruptedSendsAsync(now, cancellationToken);

    public Task<DateTimeOffset?> GetCheckpointAsync(CancellationToken cancellationToken) => inner.GetCheckpointAsync(cancellationToken);

    public Task SetCheckpointAsync(DateTimeOffset checkpoint, CancellationToken cancellationToken) => inner.SetCheckpointAsync(checkpoint, cancellationToken);

    public Task<IReadOnlyList<Delivery>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
}
