using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Topics;

public sealed class TopicAutocompleteTests
{
    private static readonly TopicAutocomplete Topics = new(
    [
        new Topic("new-start", "New START", ["New START treaty", "START treaty", "nuclear treaty"]),
        new Topic("sanctions", "Sanctions", ["sanction", "sanctions bill"]),
        new Topic("shadow-fleet", "Shadow fleet", ["shadow fleet tankers", "oil tankers", "tankers"]),
        new Topic("oil", "Oil and energy", ["oil price", "gas prices"]),
        new Topic("alaska", "Alaska summit", ["Anchorage", "Alaska"]),
        new Topic("nato", "NATO", ["alliance", "defense spending"]),
    ]);

    [Theory]
    [InlineData("new", "New START")]
    [InlineData("NEW start", "New START")]
    [InlineData("  sanc ", "Sanctions")]
    [InlineData("anch", "Alaska summit")]
    [InlineData("treaty", "New START")]
    public void Suggest_TypedStart_PutsTheMatchingTopicFirst(string typed, string expected)
    {
        Assert.Equal(expected, Topics.Suggest(typed)[0].Name);
    }

    [Fact]
    public void Suggest_NameStart_RanksAboveAWordInsideAnotherTopicsAlias()
    {
        Assert.Equal(["Oil and energy", "Shadow fleet"], Topics.Suggest("oil").Select(c => c.Name));
    }

    [Fact]
    public void Suggest_MatchInsideAWord_ComesAfterWordStarts()
    {
        var names = Topics.Suggest("an").Select(c => c.Name).ToArray();

        Assert.Equal("Alaska summit", names[0]);
        Assert.Contains("Sanctions", names);
        Assert.True(Array.IndexOf(names, "Alaska summit") < Array.IndexOf(names, "Sanctions"));
    }

    [Fact]
    public void Suggest_SaysWhichPhraseMatched()
    {
        var choice = Topics.Suggest("tank")[0];

        Assert.Equal(new TopicChoice("Shadow fleet", "tankers"), choice);
    }

    [Fact]
    public void Suggest_NothingTyped_OffersTopicsInCatalogueOrder()
    {
        Assert.Equal(["New START", "Sanctions", "Shadow fleet"], Topics.Suggest("", 3).Select(c => c.Name));
    }

    [Fact]
    public void Suggest_NoMatch_OffersNothing()
    {
        Assert.Empty(Topics.Suggest("pizza"));
    }

    [Fact]
    public void Suggest_ManyTopics_GivesAtMostTwentyFiveEachOnce()
    {
        var many = new TopicAutocomplete([.. Enumerable.Range(0, 1000).Select(i => new Topic($"t{i}", $"Topic {i}", [$"alias {i}"]))]);

        var choices = many.Suggest("topic");

        Assert.Equal(TopicAutocomplete.MaxChoices, choices.Count);
        Assert.Equal(choices.Count, choices.Select(c => c.Name).Distinct().Count());
    }
}
