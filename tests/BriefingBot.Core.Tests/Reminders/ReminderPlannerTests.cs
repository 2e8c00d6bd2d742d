using BriefingBot.Core.Chat;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset YearStart = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset YearEnd = new(2027, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DueBetween_DefaultSubscription_ListsEachLeadInDueOrder()
    {
        var planner = ReminderPlanner.Create(
            [Subscribe(1, topicId: null)],
            [Item("start", new DateOnly(2026, 2, 4), "new-start")]);

        var due = planner.DueBetween(YearStart, YearEnd).ToList();

        Assert.Equal(
            [
                new PlannedReminder(1, Chat(1), "start", TimeSpan.FromDays(7), At("2026-01-28T09:00:00Z")),
                new PlannedReminder(1, Chat(1), "start", TimeSpan.FromDays(1), At("2026-02-03T09:00:00Z")),
                new PlannedReminder(1, Chat(1), "start", TimeSpan.Zero, At("2026-02-04T09:00:00Z")),
            ],
            due);
    }

    [Fact]
    public void DueBetween_SameInstant_OrdersBySubscriptionThenItemKey()
    {
        var day = new DateOnly(2026, 5, 10);
        var planner = ReminderPlanner.Create(
            [Subscribe(20, null, [TimeSpan.Zero]), Subscribe(3, null, [TimeSpan.Zero]), Subscribe(7, "nato", [TimeSpan.Zero])],
            [Item("b-item", day, "nato"), Item("a-item", day, "sanctions")]);

        var due = planner.DueBetween(YearStart, YearEnd).Select(r => (r.SubscriptionId, r.ItemKey)).ToList();

        Assert.Equal([(3L, "a-item"), (3L, "b-item"), (7L, "b-item"), (20L, "a-item"), (20L, "b-item")], due);
    }

    [Fact]
    public void DueBetween_SameInstantFromTwoLeads_PutsLongerLeadFirst()
    {
        // Berlin springs forward on 2026-03-29, so that day's 09:00 is only 23 elapsed hours after the 28th's:
        // "1d before" and "23h before" fall due at the same instant, 2026-03-28 09:00 CET (08:00Z).
        var planner = ReminderPlanner.Create(
            [Subscribe(1, null, [TimeSpan.FromHours(23), TimeSpan.FromDays(1)]) with { TimeZoneId = "Europe/Berlin" }],
            [Item("spring", new DateOnly(2026, 3, 29), "nato")]);

        var due = planner.DueBetween(YearStart, YearEnd).ToList();

        Assert.All(due, r => Assert.Equal(At("2026-03-28T08:00:00Z"), r.DueAt));
        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromHours(23)], due.Select(r => r.LeadTime));
    }

    [Fact]
    public void DueBetween_TopicSubscription_GetsOnlyItemsOfThatTopic()
    {
        var planner = ReminderPlanner.Create(
            [Subscribe(1, "nato", [TimeSpan.Zero]), Subscribe(2, null, [TimeSpan.Zero]), Subscribe(3, "venezuela", [TimeSpan.Zero])],
            [Item("summit", new DateOnly(2026, 7, 7), "nato", "alaska-summit"), Item("oil", new DateOnly(2026, 7, 8), "oil-and-energy")]);

        var due = planner.DueBetween(YearStart, YearEnd).Select(r => (r.SubscriptionId, r.ItemKey)).ToList();

        Assert.Equal([(1L, "summit"), (2L, "summit"), (2L, "oil")], due);
    }

    [Fact]
    public void DueBetween_MonthYearAndWeekPrecision_AreNotReminded()
    {
        var planner = ReminderPlanner.Create(
            [Subscribe(1, null)],
            [
                new DatedItem("month", "a1", DateSpan.InMonth(2026, 3), "label", "quote", ["nato"], DatedItemOrigin.Extracted),
                new DatedItem("year", "a1", DateSpan.InYear(2026), "label", "quote", ["nato"], DatedItemOrigin.Extracted),
                new DatedItem("week", "a1", DateSpan.InWeekOf(new DateOnly(2026, 3, 11)), "label", "quote", ["nato"], DatedItemOrigin.Extracted),
                Item("day", new DateOnly(2026, 3, 11), "nato"),
            ]);

        Assert.All(planner.DueBetween(YearStart, YearEnd), r => Assert.Equal("day", r.ItemKey));
        Assert.Equal(1, planner.ItemCount);
    }

    [Fact]
    public void DueBetween_DisabledSubscription_IsNotReminded()
    {
        var planner = ReminderPlanner.Create(
            [Subscribe(1, null) with { Enabled = false, DisabledReason = "blocked the bot" }, Subscribe(2, null)],
            [Item("day", new DateOnly(2026, 3, 11), "nato")]);

        Assert.All(planner.DueBetween(YearStart, YearEnd), r => Assert.Equal(2, r.SubscriptionId));
    }

    [Fact]
    public void DueBetween_WindowBounds_ExcludeStartAndIncludeEnd()
    {
        var planner = ReminderPlanner.Create([Subscribe(1, null, [TimeSpan.Zero])], [Item("day", new DateOnly(2026, 3, 11), "nato")]);
        var dueAt = At("2026-03-11T09:00:00Z");

        Assert.Single(planner.DueBetween(dueAt.AddTicks(-1), dueAt));
        Assert.Empty(planner.DueBetween(dueAt, dueAt.AddHours(1)));
        Assert.Empty(planner.DueBetween(dueAt, dueAt));
        Assert.Empty(planner.DueBetween(dueAt.AddHours(1), dueAt.AddHours(-1)));
    }

    [Fact]
    public void Create_UnknownTimeZoneOrNegativeLead_ListsSubscriptionAsUnschedulable()
    {
        var planner = ReminderPlanner.Create(
            [
                Subscribe(1, null) with { TimeZoneId = "Mars/Base" },
                Subscribe(2, null, [TimeSpan.FromDays(-1)]),
                Subscribe(3, null) with { TimeZoneId = "europe/berlin" },
                Subscribe(4, null) with { TimeZoneId = "Mars/Base", Enabled = false },
            ],
            [Item("day", new DateOnly(2026, 3, 11), "nato")]);

        Assert.Equal([1L, 2L], planner.UnschedulableSubscriptionIds);
        Assert.All(planner.DueBetween(YearStart, YearEnd), r => Assert.Equal(3, r.SubscriptionId));
    }

    [Fact]
    public void Create_ManySubscriptionsSharingSchedules_GroupsThem()
    {
        var subscriptions = Enumerable.Range(1, 1000)
            .Select(i => Subscribe(i, i % 2 == 0 ? null : "nato", i % 3 == 0 ? [TimeSpan.Zero, TimeSpan.FromDays(7), TimeSpan.FromDays(1)] : Subscription.DefaultLeadTimes))
            .ToList();

        var planner = ReminderPlanner.Create(subscriptions, [Item("day", new DateOnly(2026, 3, 11), "nato")]);

        Assert.Equal(2, planner.GroupCount);
        Assert.Equal(3000, planner.DueBetween(YearStart, YearEnd).Count());
    }

    [Fact]
    public void NextDueAfter_NothingLeft_IsNull()
    {
        var planner = ReminderPlanner.Create([Subscribe(1, null)], [Item("day", new DateOnly(2026, 3, 11), "nato")]);

        Assert.Equal(At("2026-03-04T09:00:00Z"), planner.NextDueAfter(YearStart));
        Assert.Equal(At("2026-03-11T09:00:00Z"), planner.NextDueAfter(At("2026-03-10T09:00:00Z")));
        Assert.Null(planner.NextDueAfter(At("2026-03-11T09:00:00Z")));
        Assert.Null(ReminderPlanner.Create([], []).NextDueAfter(YearStart));
    }

    [Theory]
    [InlineData(20260101)]
    [InlineData(7)]
    [InlineData(424242)]
    public void DueBetweenAndNextDueAfter_RandomData_MatchBruteForce(int seed)
    {
        var random = new Random(seed);
        string?[] topics = [null, "nato", "sanctions", "venezuela", "unused"];
        string[] zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "europe/berlin"];
        TimeOnly[] times = [new(9, 0), new(2, 30), new(1, 30), new(0, 0), new(23, 45), new(21, 0)];
        TimeSpan[] leadChoices = [TimeSpan.Zero, TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromHours(12), TimeSpan.FromDays(14), TimeSpan.FromHours(36)];

        var subscriptions = Enumerable.Range(1, 60).Select(id => new Subscription(
                id,
                Chat(id),
                topics[random.Next(topics.Length)],
                [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => leadChoices[random.Next(leadChoices.Length)])],
                zones[random.Next(zones.Length)],
                times[random.Next(times.Length)],
                Created,
                Enabled: random.Next(6) != 0))
            .ToList();
        var items = Enumerable.Range(1, 80).Select(i =>
            {
                var day = new DateOnly(2026, 1, 1).AddDays(random.Next(365));
                var when = random.Next(8) switch
                {
                    0 => DateSpan.InMonth(day.Year, day.Month),
                    1 => DateSpan.InWeekOf(day),
                    _ => DateSpan.OnDay(day),
                };
                string[] itemTopics = [.. topics.OfType<string>().Where(_ => random.Next(3) == 0)];
                return new DatedItem($"item-{i:D3}", "article", when, "label", "quote", itemTopics, DatedItemOrigin.Extracted);
            })
            .ToList();

        var expected = BruteForce(subscriptions, items);
        var planner = ReminderPlanner.Create(subscriptions, items);

        Assert.Equal(expected, planner.DueBetween(YearStart, YearEnd).ToList());
        for (var probe = 0; probe < 300; probe++)
        {
            var from = YearStart.AddMinutes(random.Next(0, 60 * 24 * 420));
            if (random.Next(4) == 0 && expected.Count > 0)
            {
                from = expected[random.Next(expected.Count)].DueAt; // exactly on a due time
            }

            var to = from.AddMinutes(random.Next(0, 60 * 24 * 10));
            Assert.Equal(expected.Where(r => r.DueAt > from && r.DueAt <= to).ToList(), planner.DueBetween(from, to).ToList());
            Assert.Equal(expected.Where(r => r.DueAt > from).Select(r => (DateTimeOffset?)r.DueAt).FirstOrDefault(), planner.NextDueAfter(from));
        }
    }

    [Fact]
    public void Create_HundredThousandSubscriptions_SharesWorkAcrossFewSchedules()
    {
        var random = new Random(1);
        string?[] topics = [null, "nato", "sanctions", "venezuela"];
        string[] zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"];
        var subscriptions = Enumerable.Range(1, 100_000).Select(id => new Subscription(
                id, Chat(id), topics[random.Next(topics.Length)], Subscription.DefaultLeadTimes, zones[random.Next(zones.Length)],
                new TimeOnly(random.Next(6, 10), 0), Created))
            .ToList();
        var items = Enumerable.Range(1, 10_000)
            .Select(i => Item($"item-{i:D5}", new DateOnly(2026, 1, 1).AddDays(random.Next(730)), topics[1 + random.Next(3)]!))
            .ToList();

        var planner = ReminderPlanner.Create(subscriptions, items);
        DateTimeOffset? next = At("2026-06-01T00:00:00Z");
        for (var i = 0; i < 200 && next is not null; i++)
        {
            next = planner.NextDueAfter(next.Value);
        }

        var oneHour = planner.DueBetween(At("2026-06-10T06:00:00Z"), At("2026-06-10T07:00:00Z")).Count();

        Assert.True(planner.GroupCount <= topics.Length * zones.Length * 4, $"{planner.GroupCount} groups");
        Assert.True(oneHour > 0);
    }

    /// <summary>Every enabled subscription × every remindable item it follows × each distinct lead, sorted as the planner promises.</summary>
    private static List<PlannedReminder> BruteForce(List<Subscription> subscriptions, List<DatedItem> items) =>
        [.. (from subscription in subscriptions
             where subscription.Enabled
             from item in items
             where item.CanRemind && (subscription.TopicId is null || item.Topics.Contains(subscription.TopicId))
             from lead in subscription.LeadTimes.Distinct()
             select new PlannedReminder(
                 subscription.Id,
                 subscription.Conversation,
                 item.Key,
                 lead,
                 ReminderSchedule.DueAt(item.When.Start, lead, subscription.TimeZoneId, subscription.LocalTime)))
            .OrderBy(r => r.DueAt)
            .ThenBy(r => r.SubscriptionId)
            .ThenBy(r => r.ItemKey, StringComparer.Ordinal)
            .ThenByDescending(r => r.LeadTime)];

    [Fact]
    public void DueBetween_ChatSubscribedToAllAndToATopic_GetsOneReminderPerItemAndLead()
    {
        var planner = ReminderPlanner.Create(
            [Subscribe(1, null, [TimeSpan.FromDays(1)]), Subscribe(2, "new-start", [TimeSpan.FromDays(7), TimeSpan.FromDays(1)]) with { Conversation = Chat(1) }],
            [Item("start", new DateOnly(2026, 2, 4), "new-start"), Item("summit", new DateOnly(2026, 3, 4), "nato")]);

        var due = planner.DueBetween(YearStart, YearEnd).Select(r => (r.SubscriptionId, r.ItemKey, r.LeadTime.Days)).ToList();

        // The 1-day reminder of "start" comes through subscription 1 only; its 7-day one only subscription 2 asked for.
        Assert.Equal([(2L, "start", 7), (1L, "start", 1), (1L, "summit", 1)], due);
    }

    [Fact]
    public void DueBetween_TwoChatsWithTheSameSubscriptions_EachGetsItsReminder()
    {
        var planner = ReminderPlanner.Create(
            [Subscribe(1, null, [TimeSpan.FromDays(1)]), Subscribe(2, null, [TimeSpan.FromDays(1)])],
            [Item("start", new DateOnly(2026, 2, 4), "new-start")]);

        Assert.Equal(2, planner.DueBetween(YearStart, YearEnd).Count());
    }

    private static Subscription Subscribe(long id, string? topicId, IReadOnlyList<TimeSpan>? leadTimes = null) =>
        new(id, Chat(id), topicId, leadTimes ?? Subscription.DefaultLeadTimes, "UTC", new TimeOnly(9, 0), Created);

    private static ConversationRef Chat(long id) => ConversationRef.Telegram(id);

    private static DatedItem Item(string key, DateOnly day, params string[] topics) =>
        new(key, "article-1", DateSpan.OnDay(day), "label", "quote", topics, DatedItemOrigin.Extracted);

    private static DateTimeOffset At(string text) => ReminderScheduleTests.Instant(text);
}
