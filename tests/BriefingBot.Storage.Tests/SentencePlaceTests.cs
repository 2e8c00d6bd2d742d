namespace BriefingBot.Storage.Tests;

public sealed class SentencePlaceTests
{
    [Fact]
    public void Next_SentencesInOrder_CountCharactersAsSqliteDoes()
    {
        var place = new SentencePlace("A 🚀 b.  Then c. Then c.");

        Assert.Equal((0, 6), place.Next("A 🚀 b."));
        Assert.Equal((8, 7), place.Next("Then c."));
        Assert.Equal((16, 7), place.Next("Then c."));
    }

    [Fact]
    public void Next_ASentenceNotInTheRestOfTheParagraph_IsRefused()
    {
        var place = new SentencePlace("One. Two.");
        place.Next("Two.");

        Assert.Throws<InvalidOperationException>(() => place.Next("One."));
    }
}
