using BriefingBot.Core.Chat;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// A subscribe case: runs its subscribe commands at <c>now</c>, then the reminder scheduler from <c>now</c> to
/// <c>until</c>, moving the clock to each instant the scheduler says it next needs to run, and counts the reminders
/// posted to the case's conversation about a dated item on <c>reminders_on</c>.
/// </summary>
public static class ReminderCaseRunner
{
    /// <summary>More passes than any sane schedule needs between two instants: a scheduler that never settles fails the case.</summary>
    private const int MaxPasses = 10_000;

    private static readonly TimeSpan RetryStep = TimeSpan.FromMinutes(1);

    public static async Task<CaseResult> RunAsync(EvaluationCase evaluationCase, BotSession session, ConversationRef conversation, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var excerpts = new List<string>();
        foreach (var text in evaluationCase.Subscribe)
        {
            var reply = ReplyFacts.Of(await session.AskAsync(text, conversation, cancellationToken));
            excerpts.Add(reply.Excerpt(80));
            if (!reply.Reply.Ok)
            {
                failures.Add($"subscribe: \"{text}\" was refused: {reply.Excerpt(120)}");
            }
        }

        var until = evaluationCase.Until!.Value;
        if (until <= evaluationCase.Now)
        {
            return new CaseResult(evaluationCase.Id, [.. failures, "until: must be after now"], string.Join(" / ", excerpts));
        }

        if (!await RunSchedulerUntilAsync(session, until, cancellationToken))
        {
            failures.Add($"scheduler: still busy after {MaxPasses} passes before {until:u}");
        }

        var day = evaluationCase.RemindersOn!.Value;
        var reminders = session.Telegram.Posts
            .Where(p => p.Conversation == conversation && p.Reply.Command == ReminderMessage.Command)
            .ToList();
        var onDay = reminders.Count(p => p.Reply.Items.Any(i => i.When.Precision == DatePrecision.Day && i.When.Start == day));
        if (onDay != evaluationCase.Count)
        {
            failures.Add($"count: {onDay} reminder(s) about {day:yyyy-MM-dd}, expected {evaluationCase.Count} ({reminders.Count} reminder post(s) in all)");
        }

        excerpts.Add($"{reminders.Count} reminder post(s)");
        return new CaseResult(evaluationCase.Id, failures, string.Join(" / ", excerpts));
    }

    /// <summary>True when the clock reached <paramref name="until"/> within <see cref="MaxPasses"/> passes.</summary>
    private static async Task<bool> RunSchedulerUntilAsync(BotSession session, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var next = await session.Scheduler.RunDueAsync(cancellationToken);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var now = session.Clock.GetUtcNow();
            if (now >= until)
            {
                return true;
            }

            var step = next switch
            {
                null => until,
                { } due when due <= now => now + RetryStep < until ? now + RetryStep : until,
                { } due => due < until ? due : until,
            };
            session.Clock.SetUtcNow(step);
            next = await session.Scheduler.RunDueAsync(cancellationToken);
        }

        return session.Clock.GetUtcNow() >= until;
    }
}
