namespace BriefingBot.Tests;

/// <summary>Events through the console: one entry and one reminder per event, timelines by any words.</summary>
public sealed class EventCommandTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Timeline_NewStart_TheExpiryIsOneEntryWithEverySourceAndTheDisagreement()
    {
        var result = await _run.InProcessAsync("ask", "/timeline New START", "--json");

        var items = result.Json().GetProperty("items").EnumerateArray().ToArray();
        var expiry = Assert.Single(items, i => i.GetProperty("date").GetString() == "2026-02-04");
        Assert.DoesNotContain(items, i => i.GetProperty("date").GetString() is "2026-02-05" or "2026-02");
        Assert.Contains("Sources differ", expiry.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("is-trump-siding-with-russia", expiry.GetProperty("alsoIn").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Timeline_AnyWords_ShowsTheEventsWhoseSentencesHoldThem()
    {
        var result = await _run.InProcessAsync("ask", "/timeline Reuters", "--json");

        var json = result.Json();
        Assert.True(json.GetProperty("ok").GetBoolean());
        var items = json.GetProperty("items").EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("Reuters", i.GetProperty("quote").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_WordsNoSentenceHas_FindsNothing()
    {
        var result = await _run.InProcessAsync("ask", "/timeline Putin pizza", "--json");

        var json = result.Json();
        Assert.Equal(0, json.GetProperty("items").GetArrayLength());
        Assert.Contains("No dated items about", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upcoming_NothingInTheWindow_ShowsTheNextEventKnownToTheDay()
    {
        var result = await _run.InProcessAsync("ask", "/upcoming 3", "--as-of", "2026-01-20", "--json");

        var json = result.Json();
        Assert.Contains("Nothing", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-02-04", json.GetProperty("items")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Remind_ChatSubscribedToAllAndToNewStart_GetsOneReminderForTheExpiry()
    {
        await _run.InProcessAsync("ask", "/subscribe all 1d", "--as-of", "2026-01-20");
        await _run.InProcessAsync("ask", "/subscribe New START 1d", "--as-of", "2026-01-20");
        var remind = await _run.InProcessAsync("remind", "--from", "2026-02-01", "--to", "2026-02-10");

        var reminders = remind.Output.Split('\n').Where(l => l.StartsWith("Reminder:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Reminder: The New START Treaty is set to expire"], reminders);
    }
}
