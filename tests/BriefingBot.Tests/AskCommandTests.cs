using System.Text.Json;

namespace BriefingBot.Tests;

public sealed class AskCommandTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task AskBriefNewStart_Json_HasOkAndAnAttributedSentenceWithTheExpiryDate()
    {
        var result = await _run.InProcessAsync("ask", "/brief New START", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.Equal("brief", json.GetProperty("command").GetString());
        Assert.Contains("February 4, 2026", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var quote = json.GetProperty("summary").EnumerateArray().Concat(json.GetProperty("quotes").EnumerateArray())
            .Single(q => q.GetProperty("text").GetString()!.Contains("February 4, 2026", StringComparison.Ordinal));
        Assert.Equal("trump-putin-news-what-people-get-wrong", quote.GetProperty("articleId").GetString());
        Assert.Equal("Donald Trump and Vladimir Putin News: What Most People Get Wrong", quote.GetProperty("title").GetString());
        Assert.Equal("2026-01-17", quote.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("url").ValueKind);
        Assert.True(quote.TryGetProperty("publisher", out _));
    }

    [Fact]
    public async Task AskJson_EveryReply_HasTheDocumentedFields()
    {
        var result = await _run.InProcessAsync("ask", "/brief sanctions", "--json");

        var json = result.Json();
        foreach (var field in new[] { "ok", "command", "text", "summary", "quotes", "suggestions" })
        {
            Assert.True(json.TryGetProperty(field, out _), $"missing '{field}'");
        }

        Assert.All(json.GetProperty("summary").EnumerateArray(), s =>
        {
            Assert.False(string.IsNullOrEmpty(s.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(s.GetProperty("articleId").GetString()));
        });
    }

    [Fact]
    public async Task AskUnknownTopic_ExitsZeroWithNothingFoundAndSuggestions()
    {
        var result = await _run.InProcessAsync("ask", "/brief pizza recipes", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Contains("nothing", json.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.InRange(json.GetProperty("suggestions").GetArrayLength(), 1, 3);
    }

    [Theory]
    [InlineData("/breif New START", "/brief")]
    [InlineData("/brief", "for example")]
    [InlineData("/topics", "New START")]
    [InlineData("/sources", "The Think Tank Journal")]
    [InlineData("/help", "/quote")]
    public async Task Ask_CommandsAndMistakes_GetAHelpfulPlainTextAnswer(string text, string expected)
    {
        var result = await _run.InProcessAsync("ask", text);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TextWithoutSlash_IsReadAsABriefing()
    {
        var result = await _run.InProcessAsync("ask", "New START", "--json");

        Assert.Equal("brief", result.Json().GetProperty("command").GetString());
    }

    [Fact]
    public async Task Ask_BadAsOf_ExitsWithUsageErrorNamingTheFlag()
    {
        var result = await _run.InProcessAsync("ask", "/brief NATO", "--as-of", "next tuesday");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_EmptyStoragePath_FailsAtStartNamingTheSetting()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Host.Cli.BriefingBotCommandLine.RunAsync(
            ["ask", "/help", "--Storage:Path="], new StringReader(string.Empty), output, error, CancellationToken.None);

        Assert.Equal(3, exitCode);
        Assert.Contains("Storage:Path", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("99.00:00:00")]
    [InlineData("-01:00:00")]
    public async Task Ask_BadCatchUpWindow_FailsAtStartNamingTheSetting(string value)
    {
        var result = await _run.InProcessAsync("ask", "/help", "--Reminders:CatchUpWindow", value);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Reminders:CatchUpWindow", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SecondRun_ReportsEverythingUnchanged()
    {
        var first = await _run.InProcessAsync("ingest");
        var second = await _run.InProcessAsync("ingest");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Added: ", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Added: none", first.Output, StringComparison.Ordinal);
        Assert.Contains("Added: none", second.Output, StringComparison.Ordinal);
        Assert.Contains("Unchanged: 5", second.Output, StringComparison.Ordinal);
    }
}
