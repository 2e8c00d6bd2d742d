using BriefingBot.Core.Briefing;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Reminders;

/// <summary>
/// Decides which reminders are due and posts each once. One pass (<see cref="RunDueAsync"/>):
/// <list type="number">
/// <item>plan every reminder that fell due since the checkpoint (the instant up to which all were handled);</item>
/// <item>those older than the catch-up window are recorded as missed; the others are claimed (a row per
/// subscription, item and lead time: a second claim of the same reminder fails);</item>
/// <item>the checkpoint moves to now;</item>
/// <item>every claimed reminder (and every retry whose time has come) is judged again: if it is now older than the
/// catch-up window it is recorded as missed, otherwise it is marked sending, posted (marked late if overdue), and
/// marked sent with the platform's message id. A transient failure is retried with doubling back-off; a permanent
/// one (the chat is gone) disables the conversation's subscriptions with the reason;</item>
/// <item>reminders recorded as missed in this pass are summed up in one message per chat.</item>
/// </list>
/// It returns when it next needs to run; the hosted service sleeps until then or until <see cref="Invalidate"/>.
/// </summary>
public sealed partial class ReminderScheduler(
    ISubscriptionStore subscriptions,
    IDatedItemStore items,
    IArticleStore articles,
    IDeliveryStore deliveries,
    IEnumerable<IChatPlatform> platforms,
    ReminderSettings settings,
    TimeProvider time,
    ILogger<ReminderScheduler> logger)
{
    private readonly Dictionary<string, IChatPlatform> _platforms = platforms.ToDictionary(p => p.Name, StringComparer.Ordinal);
    private Plan? _plan;

    /// <summary>When the last pass ran, and what it found next: for health reporting and tests.</summary>
    public (DateTimeOffset At, DateTimeOffset? NextDue)? LastPass { get; private set; }

    /// <summary>Subscriptions or items changed: the next pass rebuilds its plan.</summary>
    public void Invalidate() => Volatile.Write(ref _plan, null);

    /// <summary>At start-up: sends that were in flight when the bot stopped cannot be confirmed, and are not repeated.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var interrupted = await deliveries.MarkInterruptedSendsAsync(time.GetUtcNow(), cancellationToken);
        if (interrupted > 0)
        {
            Log.InterruptedSends(logger, interrupted);
        }
    }

    /// <summary>Handles everything due up to now. Returns when the next reminder or retry falls due (null: nothing planned).</summary>
    public async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var plan = await GetPlanAsync(applyRepairs: true, cancellationToken);
        // The first pass ever starts the record at now: a new installation owes no reminders for the past.
        var missed = new List<PlannedReminder>();
        var checkpoint = await deliveries.GetCheckpointAsync(cancellationToken);
        if (checkpoint is null || checkpoint < now)
        {
            if (checkpoint is { } from)
            {
                missed.AddRange(await ClaimDueAsync(plan, from, now, cancellationToken));
            }

            await deliveries.SetCheckpointAsync(now, cancellationToken);
        }

        foreach (var delivery in await deliveries.GetReadyAsync(now, cancellationToken))
        {
            // The plan is re-read for each delivery, so a chat turned off by a failure a moment ago is not tried again.
            var current = await GetPlanAsync(applyRepairs: true, cancellationToken);
            if (!current.Subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription) || !subscription.Enabled)
            {
                await deliveries.MarkFailedAsync(delivery, "the subscription was removed or turned off before sending", now, cancellationToken);
                continue;
            }

            // Timeliness is judged at sending, not at claiming: a claim left behind by a long outage is missed, not
            // posted days late. Only the first attempt can be late because of downtime; a retry is late because the
            // platform failed, which the message must not blame on the bot being offline.
            var timeliness = ReminderTiming.Classify(delivery.DueAt, now, settings.CatchUpWindow);
            if (timeliness == ReminderTimeliness.Missed)
            {
                await deliveries.MarkMissedAsync(delivery, now, cancellationToken);
                missed.Add(new PlannedReminder(delivery.SubscriptionId, delivery.Conversation, delivery.ItemKey, delivery.LeadTime, delivery.DueAt));
                continue;
            }

            var late = delivery.Late || (delivery.Attempts == 0 && timeliness == ReminderTimeliness.Late);
            await SendAsync(current, subscription, delivery with { Late = late }, now, cancellationToken);
        }

        await SendMissedSummariesAsync(missed, cancellationToken);

        var nextReminder = (await GetPlanAsync(applyRepairs: true, cancellationToken)).Planner.NextDueAfter(now);
        var nextRetry = await deliveries.GetNextRetryAsync(cancellationToken);
        DateTimeOffset? next = (nextReminder, nextRetry) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => a < b ? a : b,
        };
        LastPass = (now, next);
        return next;
    }

    /// <summary>Every reminder the current subscriptions would post in the window, in order, without posting or recording anything.</summary>
    public async Task<IReadOnlyList<(PlannedReminder Reminder, Replies.Reply Message)>> PreviewAsync(
        DateTimeOffset fromExclusive, DateTimeOffset toInclusive, CancellationToken cancellationToken)
    {
        var plan = await GetPlanAsync(applyRepairs: false, cancellationToken);
        var previews = new List<(PlannedReminder, Replies.Reply)>();
        foreach (var reminder in plan.Planner.DueBetween(fromExclusive, toInclusive))
        {
            var subscription = plan.Subscriptions[reminder.SubscriptionId];
            if (reminder.DueAt <= subscription.CreatedAt || !plan.Items.TryGetValue(reminder.ItemKey, out var item))
            {
                continue;
            }

            previews.Add((reminder, await BuildMessageAsync(item, subscription, reminder.DueAt, late: false, reminder.DueAt, cancellationToken)));
        }

        return previews;
    }

    /// <summary>Claims what is due (posted below); records what is too old as missed and returns those.</summary>
    private async Task<IReadOnlyList<PlannedReminder>> ClaimDueAsync(Plan plan, DateTimeOffset checkpoint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var missed = new List<PlannedReminder>();
        foreach (var reminder in plan.Planner.DueBetween(checkpoint, now))
        {
            // A subscription reminds of what falls due after it was made, not of what it already missed.
            if (reminder.DueAt <= plan.Subscriptions[reminder.SubscriptionId].CreatedAt)
            {
                continue;
            }

            var timeliness = ReminderTiming.Classify(reminder.DueAt, now, settings.CatchUpWindow);
            if (timeliness == ReminderTimeliness.Missed)
            {
                missed.Add(reminder);
            }
            else if (timeliness is ReminderTimeliness.OnTime or ReminderTimeliness.Late)
            {
                await deliveries.TryClaimAsync(reminder, timeliness == ReminderTimeliness.Late, now, cancellationToken);
            }
        }

        return missed.Count == 0 ? [] : await deliveries.RecordMissedAsync(missed, now, cancellationToken);
    }

    /// <summary>One message per chat for the reminders just recorded as missed. Best effort: a failure is logged, not retried.</summary>
    private async Task SendMissedSummariesAsync(IReadOnlyList<PlannedReminder> missed, CancellationToken cancellationToken)
    {
        foreach (var chat in missed.GroupBy(r => r.Conversation))
        {
            Log.Missed(logger, chat.Count(), chat.Key.Platform);
            if (!_platforms.TryGetValue(chat.Key.Platform, out var platform))
            {
                continue;
            }

            try
            {
                await platform.SendAsync(chat.Key.ChatId, ReminderMessage.MissedSummary([.. chat], settings.CatchUpWindow), cancellationToken);
            }
            catch (ChatPlatformException ex)
            {
                Log.SummaryFailed(logger, ex, chat.Key.Platform);
            }
        }
    }

    private async Task SendAsync(Plan plan, Subscription subscription, Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!plan.Items.TryGetValue(delivery.ItemKey, out var item))
        {
            await deliveries.MarkFailedAsync(delivery, "the dated item is no longer in the corpus", now, cancellationToken);
            return;
        }

        if (!_platforms.TryGetValue(delivery.Conversation.Platform, out var platform))
        {
            await FailOrRetryAsync(delivery with { Attempts = delivery.Attempts + 1 }, $"the {delivery.Conversation.Platform} platform is not running", null, now, cancellationToken);
            return;
        }

        var message = await BuildMessageAsync(item, subscription, delivery.DueAt, delivery.Late, now, cancellationToken);
        await deliveries.MarkSendingAsync(delivery, now, cancellationToken);
        string messageId;
        try
        {
            messageId = await platform.SendAsync(delivery.Conversation.ChatId, message, cancellationToken);
        }
        catch (ChatPlatformException ex) when (ex.Kind == ChatFailureKind.Permanent)
        {
            await deliveries.MarkFailedAsync(delivery, ex.Message, now, cancellationToken);
            await subscriptions.DisableAsync(delivery.Conversation, ex.Message, now, cancellationToken);
            Invalidate();
            Log.Disabled(logger, delivery.Conversation.Platform, ex.Message);
            return;
        }
        catch (ChatPlatformException ex)
        {
            await FailOrRetryAsync(delivery with { Attempts = delivery.Attempts + 1 }, ex.Message, ex.RetryAfter, now, cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The platform failed in a way it did not classify: the post did not go out, so treat it as transient.
            Log.SendFailed(logger, ex, delivery.Conversation.Platform);
            await FailOrRetryAsync(delivery with { Attempts = delivery.Attempts + 1 }, ex.Message, null, now, cancellationToken);
            return;
        }

        // Outside the try on purpose: if recording fails, the row stays "sending" and is never posted again.
        await deliveries.MarkSentAsync(delivery, messageId, time.GetUtcNow(), cancellationToken);
        Log.Sent(logger, delivery.ItemKey, delivery.Conversation.Platform, delivery.Late);
    }

    private async Task FailOrRetryAsync(Delivery delivery, string error, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromTicks(Math.Min(
            settings.MaxRetryDelay.Ticks,
            settings.FirstRetryDelay.Ticks * (1L << Math.Clamp(delivery.Attempts - 1, 0, 20))));
        var next = now + (retryAfter is { } wait && wait > backoff ? wait : backoff);
        if (delivery.Attempts >= settings.MaxAttempts || next - delivery.DueAt > settings.CatchUpWindow)
        {
            await deliveries.MarkFailedAsync(delivery, error, now, cancellationToken);
            Log.GaveUp(logger, delivery.ItemKey, delivery.Conversation.Platform, delivery.Attempts);
            return;
        }

        await deliveries.MarkRetryAsync(delivery, error, next, cancellationToken);
    }

    private async Task<Replies.Reply> BuildMessageAsync(DatedItem item, Subscription subscription, DateTimeOffset dueAt, bool late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await articles.GetArticlesAsync([item.ArticleId], cancellationToken);
        var source = found.TryGetValue(item.ArticleId, out var article)
            ? BriefingEngine.SourceOf(article)
            : new Replies.SourceRef(item.ArticleId, item.ArticleId, null, item.When, null);
        return ReminderMessage.Build(item, source, subscription, dueAt, late, now);
    }

    /// <summary>
    /// The plan, rebuilt when <see cref="Invalidate"/> was called or when the stores' change versions moved (another
    /// process subscribed, or an ingest changed the items). Subscriptions that cannot be scheduled (a time zone the
    /// time zone database no longer knows) are turned off with the reason, so /subscriptions shows why; a preview
    /// (<paramref name="applyRepairs"/> false) leaves them as they are and writes nothing.
    /// </summary>
    private async Task<Plan> GetPlanAsync(bool applyRepairs, CancellationToken cancellationToken)
    {
        while (true)
        {
            var subscriptionsVersion = await subscriptions.GetVersionAsync(cancellationToken);
            var itemsVersion = await items.GetVersionAsync(cancellationToken);
            if (Volatile.Read(ref _plan) is { } cached && cached.SubscriptionsVersion == subscriptionsVersion && cached.ItemsVersion == itemsVersion)
            {
                return cached;
            }

            var allSubscriptions = await subscriptions.ListAllAsync(cancellationToken);
            var allItems = await items.GetItemsAsync(cancellationToken);
            var planner = ReminderPlanner.Create(allSubscriptions, allItems);
            if (applyRepairs && planner.UnschedulableSubscriptionIds.Count > 0)
            {
                foreach (var id in planner.UnschedulableSubscriptionIds)
                {
                    await subscriptions.DisableAsync(id, "its time zone or lead times can no longer be scheduled; subscribe again", time.GetUtcNow(), cancellationToken);
                }

                continue;
            }

            var plan = new Plan(
                planner,
                allSubscriptions.ToDictionary(s => s.Id),
                allItems.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
                subscriptionsVersion,
                itemsVersion);
            Volatile.Write(ref _plan, plan);
            return plan;
        }
    }

    private sealed record Plan(
        ReminderPlanner Planner,
        Dictionary<long, Subscription> Subscriptions,
        Dictionary<string, DatedItem> Items,
        long SubscriptionsVersion,
        long ItemsVersion);

    private static partial class Log
    {
        [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Posted reminder {ItemKey} to {Platform} (late: {Late})")]
        public static partial void Sent(ILogger logger, string itemKey, string platform, bool late);

        [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Disabled the subscriptions of a {Platform} chat: {Reason}")]
        public static partial void Disabled(ILogger logger, string platform, string reason);

        [LoggerMessage(EventId = 32, Level = LogLevel.Warning, Message = "Gave up on reminder {ItemKey} for {Platform} after {Attempts} attempts")]
        public static partial void GaveUp(ILogger logger, string itemKey, string platform, int attempts);

        [LoggerMessage(EventId = 33, Level = LogLevel.Warning, Message = "{Count} reminders for a {Platform} chat fell due too long ago and were recorded as missed")]
        public static partial void Missed(ILogger logger, int count, string platform);

        [LoggerMessage(EventId = 34, Level = LogLevel.Warning, Message = "{Count} reminder sends were in flight when the bot stopped; they are marked unconfirmed and not repeated")]
        public static partial void InterruptedSends(ILogger logger, int count);

        [LoggerMessage(EventId = 35, Level = LogLevel.Warning, Message = "Could not post the missed-reminders summary to {Platform}")]
        public static partial void SummaryFailed(ILogger logger, Exception exception, string platform);

        [LoggerMessage(EventId = 36, Level = LogLevel.Warning, Message = "Posting a reminder to {Platform} failed")]
        public static partial void SendFailed(ILogger logger, Exception exception, string platform);
    }
}
