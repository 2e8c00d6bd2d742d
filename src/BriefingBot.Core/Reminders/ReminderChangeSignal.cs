namespace BriefingBot.Core.Reminders;

/// <summary>
/// Tells the sleeping scheduler that subscriptions or items changed, so it re-plans at once instead of waking at
/// the time it had computed (see <see cref="ChangeSignal"/>).
/// </summary>
public sealed class ReminderChangeSignal : ChangeSignal;
