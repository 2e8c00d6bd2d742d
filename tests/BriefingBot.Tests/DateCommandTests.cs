using System.Text.Json;

namespace BriefingBot.Tests;

public sealed class DateCommandTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Upcoming_AsOfJanuary20_ListsTheNewStartExpiryWithQuoteAndSource()
    {
        var result = await _run.InProcessAsync("ask", "/upcoming", "--as-of", "2026-01-20", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.True(json.GetProperty("ok").GetBoolean());
        var expiry = json.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("quote").GetString() == "The New START Treaty is set to expire on February 4, 2026.");
        Assert.Equal("2026-02-04", expiry.GetProperty("date").GetString());
        Assert.Equal("day", expiry.GetProperty("precision").GetString());
        Assert.Equal("trump-putin-news-what-people-get-wrong", expiry.GetProperty("articleId").GetString());
        Assert.Equal("Donald Trump and Vladimir Putin News: What Most People Get Wrong", expiry.GetProperty("title").GetString());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.True(string.CompareOrdinal(i.GetProperty("end").GetString(), "2026-01-20") >= 0));
    }

    [Fact]
    public async Task Upcoming_NothingAhead_SaysSoAndShowsTheMostRecentItems()
    {
        var result = await _run.InProcessAsync("ask", "/upcoming 30", "--as-of", "2027-06-01", "--json");

        var json = result.Json();
        Assert.Contains("Nothing", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.InRange(json.GetProperty("items").GetArrayLength(), 1, 3);
    }

    [Fact]
    public async Task Timeline_NewStart_ShowsItemsInDateOrderAndFlagsDisagreeingSources()
    {
        var result = await _run.InProcessAsync("ask", "/timeline New START", "--json");

        var items = result.Json().GetProperty("items").EnumerateArray().ToArray();
        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("2026-02-04", dates);
        Assert.Contains(items, i => i.GetProperty("note").GetString()?.Contains("Sources differ", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("/subscribe New START 7d,1d Mars/Base", "IANA")]
    [InlineData("/subscribe New START 7days", "lead")]
    [InlineData("/subscribe New START 25:00", "hour")]
    [InlineData("/subscribe pizza recipes", "don't know the topic")]
    [InlineData("/upcoming soon", "number")]
    [InlineData("/timeline New START page zero", "page")]
    public async Task DateCommands_BadArguments_GetAClearAnswerAndChangeNothing(string text, string expected)
    {
        var result = await _run.InProcessAsync("ask", text, "--json");
        var subscriptions = await _run.InProcessAsync("ask", "/subscriptions");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Contains(expected, json.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no reminders", subscriptions.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_ThenRemind_PrintsEachReminderInOrderWithoutPosting()
    {
        var subscribe = await _run.InProcessAsync("ask", "/subscribe New START 7d,1d,0d Europe/Berlin 9", "--as-of", "2026-01-20");
        var remind = await _run.InProcessAsync("remind", "--from", "2026-01-20", "--to", "2026-02-10");

        Assert.Contains("Subscribed.", subscribe.Output, StringComparison.Ordinal);
        Assert.Contains("09:00 (Europe/Berlin)", subscribe.Output, StringComparison.Ordinal);
        var dueTimes = remind.Output.Split('\n').Where(l => l.Contains("console:local", StringComparison.Ordinal)).Select(l => l[..17]).ToArray();
        Assert.NotEmpty(dueTimes);
        Assert.Equal(dueTimes.Order(StringComparer.Ordinal), dueTimes);
        Assert.Equal("2026-01-28 08:00Z", dueTimes[0]);
        Assert.Contains("February 4, 2026", remind.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_AfterSubscribeAndUnsubscribe_ShowWhatTheChatHas()
    {
        await _run.InProcessAsync("ask", "/subscribe sanctions 1d America/New_York 18:30", "--as-of", "2026-01-20");
        var listed = await _run.InProcessAsync("ask", "/subscriptions");
        var stopped = await _run.InProcessAsync("ask", "/unsubscribe sanctions");
        var after = await _run.InProcessAsync("ask", "/subscriptions");

        Assert.Contains("Sanctions: 1d at 18:30 America/New_York", listed.Output, StringComparison.Ordinal);
        Assert.Contains("Stopped the reminders for Sanctions", stopped.Output, StringComparison.Ordinal);
        Assert.Contains("no reminders", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_Json_AttachesAnICalendarOfUpcomingItems()
    {
        var result = await _run.InProcessAsync("ask", "/calendar New START", "--as-of", "2026-01-20", "--json");

        var attachment = result.Json().GetProperty("attachment");
        Assert.Equal("briefingbot.ics", attachment.GetProperty("fileName").GetString());
        var ics = attachment.GetProperty("content").GetString()!;
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20260204", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_WithoutAWindow_ExitsWithUsageError()
    {
        var result = await _run.InProcessAsync("remind", "--from", "2026-01-20");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--to", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_Items_HaveTheDocumentedFields()
    {
        var result = await _run.InProcessAsync("ask", "/timeline", "--json");

        var item = result.Json().GetProperty("items").EnumerateArray().First();
        foreach (var field in new[] { "key", "date", "end", "precision", "label", "quote", "articleId", "title", "publisher", "published", "url", "note" })
        {
            Assert.True(item.TryGetProperty(field, out _), $"missing '{field}'");
        }

        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("quote").ValueKind);
    }
}
