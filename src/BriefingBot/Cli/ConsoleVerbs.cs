using System.Text.Json;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;
using BriefingBot.Host.Hosting;

namespace BriefingBot.Host.Cli;

/// <summary>The console's verbs. They go through the same dispatcher as the chat platforms.</summary>
public sealed class ConsoleVerbs(StoreInitializer store, CommandDispatcher dispatcher, ReminderScheduler scheduler, TimeProvider time)
{
    public static readonly ConversationRef Conversation = ConversationRef.Console("local");

    public async Task<int> AskAsync(CliArguments cli, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (cli.Positional.Count == 0)
        {
            await error.WriteLineAsync("ask needs the chat text, for example: BriefingBot ask \"/brief New START\"");
            return ExitCodes.Usage;
        }

        var receivedAt = time.GetUtcNow();
        if (cli.Has("--as-of") && !CliArguments.TryParseInstant(cli.Value("--as-of"), out receivedAt))
        {
            await error.WriteLineAsync($"--as-of '{cli.Value("--as-of")}' is not an ISO-8601 date or instant, e.g. 2026-01-20 or 2026-01-20T09:00:00Z.");
            return ExitCodes.Usage;
        }

        await InitializeStoreAsync(error, cancellationToken);
        var reply = await AnswerAsync(string.Join(' ', cli.Positional), receivedAt, cancellationToken);
        if (cli.Has("--json"))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(AskJson.From(reply), AskJsonContext.Default.AskJson));
        }
        else
        {
            await output.WriteLineAsync(PlainTextReplyRenderer.Render(reply));
        }

        if (reply.Attachment is { } attachment && cli.Value("--out") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, attachment.Content, cancellationToken);
            await error.WriteLineAsync($"Wrote {attachment.FileName} to {Path.GetFullPath(path)}");
        }
        else if (reply.Attachment is { } shown && !cli.Has("--json"))
        {
            await output.WriteLineAsync();
            await output.WriteAsync(shown.Content);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Prints, without posting or recording anything, every reminder the subscriptions would produce in the window.</summary>
    public async Task<int> RemindAsync(CliArguments cli, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!CliArguments.TryParseInstant(cli.Value("--from"), out var from) || !CliArguments.TryParseInstant(cli.Value("--to"), out var to) || to < from)
        {
            await error.WriteLineAsync("remind needs --from and --to as ISO-8601 dates or instants, --from first, e.g. remind --from 2026-01-20 --to 2026-02-10");
            return ExitCodes.Usage;
        }

        // Both ends count, and a bare date as --to means to the end of that day.
        if (cli.Value("--to")!.Length == "yyyy-MM-dd".Length)
        {
            to = to.AddDays(1).AddTicks(-1);
        }

        await InitializeStoreAsync(error, cancellationToken);
        var reminders = await scheduler.PreviewAsync(from.AddTicks(-1), to, cancellationToken);
        await output.WriteLineAsync($"{reminders.Count} {(reminders.Count == 1 ? "reminder" : "reminders")} due from {from:yyyy-MM-dd HH:mm} to {to:yyyy-MM-dd HH:mm} UTC (not posted):");
        foreach (var (reminder, message) in reminders)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{reminder.DueAt.UtcDateTime:yyyy-MM-dd HH:mm}Z  {reminder.Conversation}  {LeadTimeFormatter.Describe(reminder.LeadTime)}");
            await output.WriteLineAsync(PlainTextReplyRenderer.Render(message));
        }

        return ExitCodes.Ok;
    }

    public async Task<int> ChatAsync(CliArguments cli, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await InitializeStoreAsync(output, cancellationToken);
        await output.WriteLineAsync("BriefingBot console. Type /help for commands, /topics for topics, or 'exit' to leave.");
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "exit" or "quit" or "/exit" or "/quit")
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await AnswerAsync(line, time.GetUtcNow(), cancellationToken);
            await output.WriteLineAsync(PlainTextReplyRenderer.Render(reply));
            await output.WriteLineAsync();
        }

        return ExitCodes.Ok;
    }

    public async Task<int> IngestAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // On a terminal, long runs show how far they are (10,000 articles take about half a minute).
        var progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(error) : null;
        var report = await store.InitializeAsync(progress, cancellationToken);
        progress?.Finish();
        await output.WriteLineAsync($"Added: {List(report.Added)}");
        await output.WriteLineAsync($"Updated: {List(report.Updated)}");
        await output.WriteLineAsync($"Removed: {List(report.Removed)}");
        await output.WriteLineAsync($"Unchanged: {report.Unchanged}");
        await output.WriteLineAsync($"Topics: {(report.TopicsChanged ? "updated" : "unchanged")}");
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync($"Skipped: {problem.Message}");
        }

        return report.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>Chat text in, reply out. Text without a leading slash is read as a /brief request.</summary>
    public async Task<Reply> AnswerAsync(string text, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var parsed = ChatCommandParser.Parse(text)
            ?? new ParsedCommand(CommandCatalogue.Brief.Name, ChatCommandParser.CleanArguments(text));
        var inbound = new InboundCommand(parsed.Name, CommandInput.FromText(parsed.Arguments), Conversation, ChatSender.ConsoleOperator, receivedAt);
        return await dispatcher.DispatchAsync(inbound, cancellationToken);
    }

    private async Task InitializeStoreAsync(TextWriter warnings, CancellationToken cancellationToken)
    {
        var report = await store.InitializeAsync(cancellationToken);
        foreach (var problem in report.Problems)
        {
            await warnings.WriteLineAsync($"warning: skipped {problem.Message}");
        }
    }

    /// <summary>"none", "3 (a, b, c)", or "10000 (a, b, c and 9997 more)": counts, and at most a few names.</summary>
    private static string List(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "none",
        <= 3 => $"{ids.Count} ({string.Join(", ", ids)})",
        _ => $"{ids.Count} ({string.Join(", ", ids.Take(3))} and {ids.Count - 3} more)",
    };

    /// <summary>"Reading articles: 4,200 of 10,000" on one line of a terminal, every 100 files.</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<(int Done, int Total)>
    {
        private bool _shown;

        public void Report((int Done, int Total) value)
        {
            if (value.Total >= 500 && value.Done % 100 == 0)
            {
                error.Write($"\rReading articles: {value.Done:N0} of {value.Total:N0}");
                _shown = true;
            }
        }

        public void Finish()
        {
            if (_shown)
            {
                error.WriteLine();
            }
        }
    }
}
