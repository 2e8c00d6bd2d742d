using BriefingBot.Core.Chat;
using BriefingBot.Core.Dates;
using NodaTime;

namespace BriefingBot.Core.Reminders;

/// <summary>
/// An immutable snapshot of which reminders fall due when, built once from the subscriptions and dated items of
/// the moment (<see cref="Create"/>) and queried by the scheduler; rebuild it when either changes.
/// </summary>
/// <remarks>
/// <para>Only enabled subscriptions and items that <see cref="DatedItem.CanRemind"/> (known to the day) take part.
/// A subscription with a topic id is reminded of items whose <see cref="DatedItem.Topics"/> contain that id
/// (ordinal comparison); one without is reminded of every item. Items are de-duplicated by key, first one wins.
/// A chat with several subscriptions gets one reminder per item and lead time: the one of its earliest subscription
/// that covers both.</para>
/// <para>Subscriptions mostly share a few schedules, so they are grouped by (topic, lead set, time zone, local time);
/// due times are worked out once per group, lead and item, never per subscription. Each group keeps its items
/// sorted by day; since a due time never decreases as the item's day increases, the items due within a window (or
/// the next one due after an instant) are found by binary search, without listing every subscription × item × lead.
/// Querying costs O(groups × leads × log items) plus the rows returned.</para>
/// <para>Subscriptions whose time zone tzdb does not know, or with a negative lead time, cannot be scheduled:
/// they are left out and listed in <see cref="UnschedulableSubscriptionIds"/> so the caller can disable them with a reason.</para>
/// </remarks>
public sealed class ReminderPlanner
{
    private readonly ScheduleGroup[] groups;

    private ReminderPlanner(ScheduleGroup[] groups, IReadOnlyList<long> unschedulableSubscriptionIds, int itemCount)
    {
        this.groups = groups;
        UnschedulableSubscriptionIds = unschedulableSubscriptionIds;
        ItemCount = itemCount;
    }

    /// <summary>Enabled subscriptions left out because their time zone is unknown or a lead time is negative, by id.</summary>
    public IReadOnlyList<long> UnschedulableSubscriptionIds { get; }

    /// <summary>How many distinct schedules (topic, lead set, time zone, local time) the subscriptions share.</summary>
    public int GroupCount => groups.Length;

    /// <summary>How many items can fall due (known to the day, distinct by key).</summary>
    public int ItemCount { get; }

    public static ReminderPlanner Create(IEnumerable<Subscription> subscriptions, IEnumerable<DatedItem> items)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(items);

        var allItems = items
            .Where(item => item.CanRemind)
            .DistinctBy(item => item.Key, StringComparer.Ordinal)
            .Select(item => new ItemEntry(item.Key, LocalDate.FromDateOnly(item.When.Start), item.Topics))
            .OrderBy(item => item.Day)
            .ThenBy(item => item.Key, StringComparer.Ordinal)
            .ToArray();

        var itemsByTopic = new Dictionary<string, List<ItemEntry>>(StringComparer.Ordinal);
        foreach (var item in allItems)
        {
            foreach (var topic in item.Topics.Distinct(StringComparer.Ordinal))
            {
                if (!itemsByTopic.TryGetValue(topic, out var list))
                {
                    itemsByTopic[topic] = list = [];
                }

                list.Add(item);
            }
        }

        var unschedulable = new List<long>();
        var schedulable = new List<(Subscription Subscription, string ZoneId)>();
        foreach (var subscription in subscriptions.Where(subscription => subscription.Enabled))
        {
            if (!TimeZoneIds.TryNormalize(subscription.TimeZoneId, out var zoneId)
                || subscription.LeadTimes.Any(lead => lead < TimeSpan.Zero))
            {
                unschedulable.Add(subscription.Id);
                continue;
            }

            schedulable.Add((subscription, zoneId));
        }

        var byConversation = schedulable
            .Select(s => s.Subscription)
            .GroupBy(s => s.Conversation)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Id).ToArray());
        var members = new Dictionary<GroupKey, List<Subscriber>>();
        var leadsByKey = new Dictionary<string, TimeSpan[]>(StringComparer.Ordinal);
        foreach (var (subscription, zoneId) in schedulable)
        {
            var leads = subscription.LeadTimes.Distinct().OrderDescending().ToArray();
            var leadKey = string.Join(',', leads.Select(lead => lead.Ticks));
            leadsByKey.TryAdd(leadKey, leads);
            var key = new GroupKey(subscription.TopicId, leadKey, zoneId, subscription.LocalTime);
            if (!members.TryGetValue(key, out var list))
            {
                members[key] = list = [];
            }

            list.Add(new Subscriber(subscription.Id, subscription.Conversation, EarlierIn(subscription, byConversation)));
        }

        // One array per topic, shared by every group that follows the topic.
        var topicArrays = itemsByTopic.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        var groups = new List<ScheduleGroup>(members.Count);
        foreach (var (key, subscribers) in members)
        {
            var groupItems = key.TopicId is null
                ? allItems
                : topicArrays.TryGetValue(key.TopicId, out var topicItems) ? topicItems : [];
            var leads = leadsByKey[key.LeadKey];
            if (groupItems.Length == 0 || leads.Length == 0)
            {
                continue;
            }

            groups.Add(new ScheduleGroup(
                DateTimeZoneProviders.Tzdb[key.TimeZoneId],
                LocalTime.FromTimeOnly(key.LocalTime),
                [.. leads.Select(ReminderSchedule.LeadParts.Of)],
                groupItems,
                [.. subscribers.OrderBy(subscriber => subscriber.Id)]));
        }

        unschedulable.Sort();
        return new ReminderPlanner([.. groups], unschedulable.AsReadOnly(), allItems.Length);
    }

    /// <summary>
    /// Every reminder due after <paramref name="fromExclusive"/> and at or before <paramref name="toInclusive"/>,
    /// in due order; ties go by subscription id, then item key (ordinal), then the longer lead first.
    /// Streams the rows: only the reminders sharing one due instant are held at once.
    /// </summary>
    public IEnumerable<PlannedReminder> DueBetween(DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        if (toInclusive <= fromExclusive)
        {
            return [];
        }

        return Stream(Instant.FromDateTimeOffset(fromExclusive), Instant.FromDateTimeOffset(toInclusive));

        IEnumerable<PlannedReminder> Stream(Instant from, Instant to)
        {
            var occurrences = new List<Occurrence>();
            foreach (var group in groups)
            {
                foreach (var lead in group.Leads)
                {
                    var end = group.FirstIndexDueAfter(lead, to);
                    for (var index = group.FirstIndexDueAfter(lead, from); index < end; index++)
                    {
                        occurrences.Add(new Occurrence(group.DueAt(index, lead), group, index, lead));
                    }
                }
            }

            occurrences.Sort(static (left, right) => left.DueAt.CompareTo(right.DueAt));

            var batch = new List<PlannedReminder>();
            for (var start = 0; start < occurrences.Count;)
            {
                var dueAt = occurrences[start].DueAt;
                var stop = start;
                while (stop < occurrences.Count && occurrences[stop].DueAt == dueAt)
                {
                    stop++;
                }

                batch.Clear();
                var dueAtOffset = dueAt.ToDateTimeOffset();
                for (var i = start; i < stop; i++)
                {
                    var occurrence = occurrences[i];
                    var item = occurrence.Group.Items[occurrence.ItemIndex];
                    foreach (var subscriber in occurrence.Group.Subscribers)
                    {
                        if (subscriber.CoveredByEarlier(item.Topics, occurrence.Lead.LeadTime))
                        {
                            continue;
                        }

                        batch.Add(new PlannedReminder(subscriber.Id, subscriber.Conversation, item.Key, occurrence.Lead.LeadTime, dueAtOffset));
                    }
                }

                if (stop - start > 1)
                {
                    batch.Sort(CompareWithinInstant);
                }

                foreach (var reminder in batch)
                {
                    yield return reminder;
                }

                start = stop;
            }
        }
    }

    /// <summary>The earliest due time strictly after <paramref name="instant"/>, or null when nothing more falls due.</summary>
    public DateTimeOffset? NextDueAfter(DateTimeOffset instant)
    {
        var after = Instant.FromDateTimeOffset(instant);
        Instant? earliest = null;
        foreach (var group in groups)
        {
            foreach (var lead in group.Leads)
            {
                var index = group.FirstIndexDueAfter(lead, after);
                if (index < group.Items.Length)
                {
                    var dueAt = group.DueAt(index, lead);
                    if (earliest is null || dueAt < earliest)
                    {
                        earliest = dueAt;
                    }
                }
            }
        }

        return earliest?.ToDateTimeOffset();
    }

    private static int CompareWithinInstant(PlannedReminder left, PlannedReminder right)
    {
        var order = left.SubscriptionId.CompareTo(right.SubscriptionId);
        if (order == 0)
        {
            order = string.CompareOrdinal(left.ItemKey, right.ItemKey);
        }

        return order != 0 ? order : right.LeadTime.CompareTo(left.LeadTime);
    }

    private readonly record struct GroupKey(string? TopicId, string LeadKey, string TimeZoneId, TimeOnly LocalTime);

    /// <summary>
    /// A chat's earlier subscriptions (lower ids), when it has several: an item and lead time one of them covers is
    /// reminded through that one only, so "all" plus "New START" gives one reminder per event and lead time, not two.
    /// </summary>
    private static Sibling[]? EarlierIn(Subscription subscription, Dictionary<ConversationRef, Subscription[]> byConversation) =>
        byConversation.TryGetValue(subscription.Conversation, out var siblings)
            ? [.. siblings.Where(s => s.Id < subscription.Id).Select(s => new Sibling(s.TopicId, [.. s.LeadTimes]))]
            : null;

    private sealed record Sibling(string? TopicId, HashSet<TimeSpan> Leads);

    private readonly record struct Subscriber(long Id, ConversationRef Conversation, Sibling[]? Earlier)
    {
        public bool CoveredByEarlier(IReadOnlyList<string> itemTopics, TimeSpan lead) =>
            Earlier is { Length: > 0 } earlier
            && earlier.Any(s => s.Leads.Contains(lead) && (s.TopicId is null || itemTopics.Contains(s.TopicId)));
    }

    private sealed record ItemEntry(string Key, LocalDate Day, IReadOnlyList<string> Topics);

    private readonly record struct Occurrence(Instant DueAt, ScheduleGroup Group, int ItemIndex, ReminderSchedule.LeadParts Lead);

    /// <summary>Subscriptions sharing one schedule, with the items they follow sorted by day.</summary>
    private sealed class ScheduleGroup(
        DateTimeZone zone,
        LocalTime localTime,
        ReminderSchedule.LeadParts[] leads,
        ItemEntry[] items,
        Subscriber[] subscribers)
    {
        public ReminderSchedule.LeadParts[] Leads { get; } = leads;

        public ItemEntry[] Items { get; } = items;

        public Subscriber[] Subscribers { get; } = subscribers;

        public Instant DueAt(int itemIndex, ReminderSchedule.LeadParts lead) =>
            ReminderSchedule.DueInstant(Items[itemIndex].Day, lead, zone, localTime);

        /// <summary>The index of the first item whose reminder for <paramref name="lead"/> is due after <paramref name="instant"/> (Items.Length if none).</summary>
        public int FirstIndexDueAfter(ReminderSchedule.LeadParts lead, Instant instant)
        {
            int low = 0, high = Items.Length;
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                if (DueAt(middle, lead) > instant)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }
    }
}
