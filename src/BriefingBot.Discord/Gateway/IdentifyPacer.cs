using BriefingBot.Discord.Models;
using BriefingBot.Discord.Timing;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's limits: never when session_start_limit.remaining is 0 (identifying past the daily
/// limit resets the bot token), and at most one per 5 s. One unsharded connection is rate-limit key 0 of
/// max_concurrency keys, so it may identify once per 5 s whatever max_concurrency is.
/// </summary>
internal sealed class IdentifyPacer(WaitScheduler waits)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    private DateTimeOffset? _lastIdentify;

    /// <summary>Waits until an Identify may be sent; returns how long the daily limit made it wait (zero if not at all).</summary>
    public async Task<TimeSpan> WaitAsync(SessionStartLimit limit, CancellationToken cancellationToken)
    {
        var dailyWait = TimeSpan.Zero;
        if (limit.Remaining <= 0)
        {
            dailyWait = TimeSpan.FromMilliseconds(Math.Max(limit.ResetAfter, 1000));
            await waits.WaitAsync(dailyWait, WaitReason.IdentifyPacing, cancellationToken);
        }

        if (_lastIdentify is { } last)
        {
            var since = waits.Time.GetUtcNow() - last;
            if (since < Spacing)
            {
                await waits.WaitAsync(Spacing - since, WaitReason.IdentifyPacing, cancellationToken);
            }
        }

        return dailyWait;
    }

    /// <summary>Records that an Identify was just sent.</summary>
    public void Sent() => _lastIdentify = waits.Time.GetUtcNow();
}
