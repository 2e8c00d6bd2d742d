using BriefingBot.Core.Dates;
using BriefingBot.Core.Dates.Events;

namespace BriefingBot.Core.Tests.Dates.Events;

/// <summary>Events from dated items, on sentences written for the test.</summary>
public sealed class EventGrouperTests
{
    private static int _next;

    private static DatedItem Item(string article, string quote, string expression, DateOnly day, string? curatedEvent = null) =>
        new($"{article}:{Interlocked.Increment(ref _next):x4}", article, DateSpan.OnDay(day), quote, quote, ["tram"], DatedItemOrigin.Extracted)
        {
            Expression = expression,
            Event = curatedEvent,
        };

    [Fact]
    public void Group_TwoArticlesOnTheSameDateAndSubject_AreOneEventWithBothSources()
    {
        var events = EventGrouper.Group(
        [
            Item("a", "Councillors will vote on the line's operating subsidy on May 5.", "May 5", new(2027, 5, 5)),
            Item("b", "The council votes on the operating subsidy on May 5, the operator starts trial runs on May 12.", "May 5", new(2027, 5, 5)),
        ]);

        var vote = Assert.Single(events);
        Assert.Equal(["a", "b"], vote.Items.Select(i => i.ArticleId).Order());
        Assert.False(vote.SourcesDiffer);
    }

    [Fact]
    public void Group_OneSentenceWithThreeDates_IsThreeEvents()
    {
        const string Sentence = "The council votes on May 5, the operator starts trial runs on May 12 and the line opens on June 3.";
        var events = EventGrouper.Group(
        [
            Item("a", Sentence, "May 5", new(2027, 5, 5)),
            Item("a", Sentence, "May 12", new(2027, 5, 12)),
            Item("a", Sentence, "June 3", new(2027, 6, 3)),
        ]);

        Assert.Equal(3, events.Count);
    }

    [Fact]
    public void Group_NearbyDatesForTheSameHappening_AreOneEventOnTheMajorityDateAndSourcesDiffer()
    {
        var events = EventGrouper.Group(
        [
            Item("a", "Clearing the last hurdle before the tram line opens to passengers on June 3.", "June 3", new(2027, 6, 3)),
            Item("b", "Opening day is set for June 3, when the first trams will leave Central Station.", "June 3", new(2027, 6, 3)),
            Item("c", "The line is due to open to passengers on Friday, June 4, and the authority has warned of delays.", "Friday, June 4", new(2027, 6, 4)),
        ]);

        var opening = Assert.Single(events);
        Assert.Equal(new DateOnly(2027, 6, 3), opening.When.Start);
        Assert.True(opening.SourcesDiffer);
    }

    [Fact]
    public void Group_NearbyDatesForDifferentHappenings_StayApart()
    {
        var events = EventGrouper.Group(
        [
            Item("a", "The first of the twelve trams will arrive at the Eastbank depot by road this Friday, after a four-day journey.", "this Friday", new(2027, 3, 12)),
            Item("a", "Residents will be able to step inside the new tram at a depot open day on Sunday, March 14, 2027.", "Sunday, March 14, 2027", new(2027, 3, 14)),
        ]);

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Group_CuratedEvent_JoinsItemsWhateverTheirWords()
    {
        var events = EventGrouper.Group(
        [
            Item("a", "The treaty expires on February 4, 2026.", "February 4, 2026", new(2026, 2, 4), "expiry"),
            Item("b", "If February 5th comes and goes without an agreement, expect a spike.", "February 5th", new(2026, 2, 5), "expiry"),
        ]);

        var expiry = Assert.Single(events);
        Assert.Equal("event:expiry", expiry.Key);
        Assert.True(expiry.SourcesDiffer);
    }

    [Fact]
    public void Group_LoneItem_KeepsItsOwnKey()
    {
        var item = Item("a", "The strike is on April 3.", "April 3", new(2027, 4, 3));

        Assert.Equal(item.Key, Assert.Single(EventGrouper.Group([item])).Key);
    }

    [Fact]
    public void Group_CrowdedDate_OneCommonWordDoesNotMakeOneEvent()
    {
        var day = new DateOnly(2027, 5, 5);
        (string Subject, string Verb)[] news =
        [
            ("budget", "passed"), ("harbour", "reopened"), ("strike", "ended"), ("museum", "closed"), ("stadium", "sold"),
            ("airport", "expanded"), ("library", "moved"), ("bridge", "collapsed"), ("school", "merged"), ("hospital", "hired"),
            ("market", "flooded"), ("tunnel", "opened"), ("festival", "started"), ("ferry", "sank"),
        ];
        var items = news.Select(n => Item(n.Subject, $"The {n.Subject} {n.Verb} on May 5, the government said.", "May 5", day)).ToArray();

        Assert.Equal(news.Length, EventGrouper.Group(items).Count);
    }
}
