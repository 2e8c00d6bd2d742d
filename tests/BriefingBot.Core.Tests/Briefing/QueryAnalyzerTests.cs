using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Briefing;

public sealed class QueryAnalyzerTests
{
    private static readonly TopicMatcher Topics = new(
    [
        new Topic("new-start", "New START", ["START treaty", "nuclear treaty"]),
        new Topic("sanctions", "Sanctions", ["sanction"]),
    ]);

    [Theory]
    [InlineData("New START", "new-start")]
    [InlineData("tell me about the nuclear treaty", "new-start")]
    [InlineData("NEW-START", "new-start")]
    public void Analyse_TextNamingATopic_SearchesAllTheTopicsPhrases(string text, string topicId)
    {
        var query = new QueryAnalyzer(Topics).Analyse(text);

        var clause = Assert.Single(query.Search.Clauses);
        Assert.Equal(topicId, clause.TopicId);
        Assert.Contains(clause.Phrases, p => p.SequenceEqual(["start", "treaty"]));
        Assert.Equal(1, query.Search.MinimumClauses);
    }

    [Theory]
    [InlineData("oil prices", 2, 2)]
    [InlineData("russian oil price cap", 4, 3)]
    [InlineData("alpha bravo charlie delta echo foxtrot golf hotel", 6, 4)]
    public void Analyse_PlainWords_RequireMostOfThem(string text, int clauses, int minimum)
    {
        var query = new QueryAnalyzer(Topics).Analyse(text);

        Assert.Equal(clauses, query.Search.Clauses.Count);
        Assert.Equal(minimum, query.Search.MinimumClauses);
    }

    [Theory]
    [InlineData("\"NEAR(a b)\" AND * OR NOT", new[] { "near", "not" })]
    [InlineData("what is the", new string[0])]
    public void Analyse_OperatorsAndStopWords_BecomePlainWordsOrNothing(string text, string[] words)
    {
        var query = new QueryAnalyzer(Topics).Analyse(text);

        Assert.Equal(words, query.Terms.ToArray());
        Assert.All(query.Search.Clauses.SelectMany(c => c.Phrases).SelectMany(p => p), token => Assert.Matches("^[\\p{L}\\p{N}]+$", token));
    }

    [Theory]
    [InlineData("U.S. tariffs", "US")]
    [InlineData("US UK", "US")]
    [InlineData("sanctions by the EU", "EU")]
    public void Analyse_AcronymInCapitals_IsKeptAsAWord(string text, string acronym)
    {
        var query = new QueryAnalyzer(Topics).Analyse(text);

        Assert.Contains(acronym, query.Acronyms);
        Assert.Contains(acronym.ToLowerInvariant(), query.Terms);
    }
}
