using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Dates.Events;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;
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
/// marked sent with the platform's message id. Marking it sending is conditional on its state, so of two schedulers on
/// one database only one posts it. Failures are handled by kind (<see cref="SendFailureKind"/>): rate limited, retried
/// after the platform's wait; transient, retried with doubling back-off; message rejected, that reminder recorded as
/// failed; chat unavailable, the chat's subscriptions turned off with the reason; migrated, the chat's subscriptions
/// and deliveries moved to the new id and the reminder posted there once;</item>
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
    private readonly Dictionary<ChatPlatformKind, IChatPlatform> _platforms = platforms.ToDictionary(p => p.Platform);
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

            var late = delivery.Late || (delivery.State == DeliveryState.Claimed && timeliness == ReminderTimeliness.Late);
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
    public async Task<IReadOnlyList<(PlannedReminder Reminder, Reply Message)>> PreviewAsync(
        DateTimeOffset fromExclusive, DateTimeOffset toInclusive, CancellationToken cancellationToken)
    {
        var plan = await GetPlanAsync(applyRepairs: false, cancellationToken);
        var previews = new List<(PlannedReminder, Reply)>();
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
            Log.Missed(logger, chat.Count(), chat.Key.Platform.Name());
            if (!_platforms.TryGetValue(chat.Key.Platform, out var platform))
            {
                continue;
            }

            var first = chat.Min(r => r.DueAt);
            var key = DeliveryKey.From("s", chat.Key.ToString(), first.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
            var result = await SendSafelyAsync(platform, new OutboundMessage(chat.Key, ReminderMessage.MissedSummary([.. chat], settings.CatchUpWindow), key), cancellationToken);
            if (result.Failure is { } failure)
            {
                Log.SummaryFailed(logger, chat.Key.Platform.Name(), failure.Kind, failure.Reason);
            }
        }
    }

    /// <summary>
    /// Each event by its key, and also by the key of every item in it: a delivery claimed under a key that has since
    /// become one item of a larger event (an ingest added a sentence about it) still finds what it was about.
    /// </summary>
    private static Dictionary<string, DatedItem> ItemsByKey(IReadOnlyList<DatedEvent> events, IReadOnlyList<DatedItem> eventItems)
    {
        var byKey = eventItems.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            foreach (var member in events[i].Items)
            {
                byKey.TryAdd(member.Key, eventItems[i]);
            }
        }

        return byKey;
    }

    private async Task SendAsync(Plan plan, Subscription subscription, Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!plan.Items.TryGetValue(delivery.ItemKey, out var item))
        {
            await deliveries.MarkFailedAsync(delivery, "the dated item is no longer in the corpus", now, cancellationToken);
            return;
        }

        var attempt = delivery with { Attempts = delivery.Attempts + 1 };
        if (!_platforms.TryGetValue(delivery.Conversation.Platform, out var platform))
        {
            await FailOrRetryAsync(attempt, $"the {delivery.Conversation.Platform.Name()} platform is not running", null, countsAsAttempt: true, cancellationToken);
            return;
        }

        var message = await BuildMessageAsync(item, subscription, delivery.DueAt, delivery.Late, now, cancellationToken);
        if (!await deliveries.TryMarkSendingAsync(delivery, now, cancellationToken))
        {
            // Another scheduler on this database took it between our read and now: it posts, we do not.
            Log.TakenElsewhere(logger, delivery.ItemKey, delivery.Conversation.Platform.Name());
            return;
        }

        var key = KeyOf(delivery);

        // From here on, what happened is recorded even if the bot is stopping: a row left "sending" would be lost.
        var recording = CancellationToken.None;
        var result = await SendSafelyAsync(platform, new OutboundMessage(delivery.Conversation, message, key), cancellationToken);
        if (result.Failure is { Kind: SendFailureKind.Migrated, MigratedTo: { } movedTo })
        {
            var target = new ConversationRef(movedTo.Platform, movedTo.ChatId, delivery.Conversation.ThreadId);
            var moved = await subscriptions.MoveConversationAsync(delivery.Conversation.WholeChat, movedTo.WholeChat, recording);
            Invalidate();
            Log.Migrated(logger, delivery.Conversation.Platform.Name(), moved);
            attempt = attempt with { Conversation = target };
            result = await SendSafelyAsync(platform, new OutboundMessage(target, message, key), cancellationToken);
        }

        switch (result.Failure)
        {
            case null:
                // If recording fails, the row stays "sending" and is never posted again: at most once.
                await deliveries.MarkSentAsync(attempt, result.MessageId!, time.GetUtcNow(), recording);
                Log.Sent(logger, delivery.ItemKey, delivery.Conversation.Platform.Name(), delivery.Late);
                break;
            case { Kind: SendFailureKind.RateLimited } limited:
                await FailOrRetryAsync(attempt, limited.Reason, limited.RetryAfter ?? settings.FirstRetryDelay, countsAsAttempt: false, recording);
                break;
            case { Kind: SendFailureKind.MessageRejected } rejected:
                await deliveries.MarkFailedAsync(attempt, "the platform rejected the message: " + rejected.Reason, time.GetUtcNow(), recording);
                Log.Rejected(logger, delivery.ItemKey, delivery.Conversation.Platform.Name(), rejected.Reason);
                break;
            case { Kind: SendFailureKind.ChatUnavailable } unavailable:
                await deliveries.MarkFailedAsync(attempt, unavailable.Reason, time.GetUtcNow(), recording);
                await subscriptions.DisableAsync(attempt.Conversation.WholeChat, unavailable.Reason, time.GetUtcNow(), recording);
                Invalidate();
                Log.Disabled(logger, delivery.Conversation.Platform.Name(), unavailable.Reason);
                break;
            case { } other:
                // Transient, or a second move in one send: try again later.
                await FailOrRetryAsync(attempt, other.Reason, other.RetryAfter, countsAsAttempt: true, recording);
                break;
        }
    }

    /// <summary>The key a reminder is posted with: the same for every attempt at it, after restarts too.</summary>
    public static DeliveryKey KeyOf(Delivery delivery) => DeliveryKey.From(
        "r",
        delivery.SubscriptionId.ToString(CultureInfo.InvariantCulture),
        delivery.ItemKey,
        ((long)delivery.LeadTime.TotalSeconds).ToString(CultureInfo.InvariantCulture));

    /// <summary>A platform that throws instead of returning a result failed in a way it did not classify: transient.</summary>
    private async Task<SendResult> SendSafelyAsync(IChatPlatform platform, OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await platform.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.SendFailed(logger, ex, message.Conversation.Platform.Name());
            return SendResult.Transient($"the {message.Conversation.Platform.Name()} platform failed unexpectedly ({ex.GetType().Name})");
        }
    }

    /// <summary>
    /// Schedules the next try, or gives up. "Now" is read here, after the send: a pass can take minutes, and the
    /// platform's wait counts from its answer. A rate-limited try is not counted toward the attempts.
    /// </summary>
    private async Task FailOrRetryAsync(
        Delivery delivery, string error, TimeSpan? retryAfter, bool countsAsAttempt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!countsAsAttempt)
        {
            delivery = delivery with { Attempts = Math.Max(0, delivery.Attempts - 1) };
        }

        var backoff = TimeSpan.FromTicks(Math.Min(
            settings.MaxRetryDelay.Ticks,
            settings.FirstRetryDelay.Ticks * (1L << Math.Clamp(delivery.Attempts - 1, 0, 20))));
        // A rate limit says exactly when to come back; other failures back off, and never sooner than the platform asks.
        var wait = countsAsAttempt
            ? retryAfter is { } asked && asked > backoff ? asked : backoff
            : retryAfter ?? backoff;
        var next = now + wait;
        if ((countsAsAttempt && delivery.Attempts >= settings.MaxAttempts) || next - delivery.DueAt > settings.CatchUpWindow)
        {
            await deliveries.MarkFailedAsync(delivery, error, now, cancellationToken);
            Log.GaveUp(logger, delivery.ItemKey, delivery.Conversation.Platform.Name(), delivery.Attempts);
            return;
        }

        await deliveries.MarkRetryAsync(delivery, error, next, cancellationToken);
    }

    private async Task<Reply> BuildMessageAsync(DatedItem item, Subscription subscription, DateTimeOffset dueAt, bool late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await articles.GetArticlesAsync([item.ArticleId], cancellationToken);
        var source = found.TryGetValue(item.ArticleId, out var article)
            ? SourceRef.From(article)
            : SourceRef.Unknown(item.ArticleId, item.When);
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
            // One reminder per event: the planner sees each event as one item (its key, date and every topic).
            var events = EventGrouper.Group(await items.GetItemsAsync(cancellationToken));
            var allItems = events.Select(e => e.AsItem()).ToArray();
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
                ItemsByKey(events, allItems),
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

        [LoggerMessage(EventId = 35, Level = LogLevel.Warning, Message = "Could not post the missed-reminders summary to {Platform} ({Kind}): {Reason}")]
        public static partial void SummaryFailed(ILogger logger, string platform, SendFailureKind kind, string reason);

        [LoggerMessage(EventId = 36, Level = LogLevel.Warning, Message = "Posting a reminder to {Platform} failed")]
        public static partial void SendFailed(ILogger logger, Exception exception, string platform);

        [LoggerMessage(EventId = 37, Level = LogLevel.Information, Message = "Reminder {ItemKey} for {Platform} was taken by another scheduler on this database")]
        public static partial void TakenElsewhere(ILogger logger, string itemKey, string platform);

        [LoggerMessage(EventId = 38, Level = LogLevel.Warning, Message = "{Platform} rejected reminder {ItemKey}: {Reason}; the chat stays subscribed")]
        public static partial void Rejected(ILogger logger, string itemKey, string platform, string reason);

        [LoggerMessage(EventId = 39, Level = LogLevel.Information, Message = "A {Platform} chat moved to a new id; {Count} subscriptions moved with it")]
        public static partial void Migrated(ILogger logger, string platform, int count);
    }
}
