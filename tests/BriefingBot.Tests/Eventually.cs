using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests;

/// <summary>
/// Waits on background work, never on the clock: conditions are polled briefly with a generous upper bound, and a
/// manual clock is moved a minute at a time while the awaited thing has not happened yet.
/// </summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string? because = null)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), because);
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, string? because = null)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.True(await condition(), because);
    }

    /// <summary>
    /// The worker may have armed its sleep just before the clock moved, so its timer can be due up to its longest sleep
    /// (a minute of the manual clock) later: while <paramref name="awaited"/> has not completed, move the clock a minute.
    /// </summary>
    public static async Task<T> AdvancingClockAsync<T>(FakeTimeProvider clock, Task<T> awaited, int minutes = 10)
    {
        for (var minute = 0; minute < minutes && !awaited.IsCompleted; minute++)
        {
            await Task.WhenAny(awaited, Task.Delay(TimeSpan.FromSeconds(2)));
            if (!awaited.IsCompleted)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        return await awaited;
    }
}
