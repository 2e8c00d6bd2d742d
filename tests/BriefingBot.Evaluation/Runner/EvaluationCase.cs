namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// One case of a case file, as read. An ask case runs one chat text and checks the reply; a reminder case runs
/// subscribe commands, lets the scheduler run until <see cref="Until"/>, and counts reminders about one day.
/// <see cref="Problems"/> lists what is wrong with the case itself (unknown keys, missing or unreadable values):
/// a case with problems is not run and counts as failed.
/// </summary>
public sealed record EvaluationCase
{
    public required string Id { get; init; }

    public string? Why { get; init; }

    public DateTimeOffset Now { get; init; }

    public string? Ask { get; init; }

    public AskChecks Checks { get; init; } = new();

    public IReadOnlyList<string> Subscribe { get; init; } = [];

    public DateTimeOffset? Until { get; init; }

    public DateOnly? RemindersOn { get; init; }

    public int? Count { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool IsMalformed => Problems.Count > 0;

    public bool IsReminderCase => Subscribe.Count > 0;
}

/// <summary>What an ask case expects of its reply; every check left out is not made.</summary>
public sealed record AskChecks
{
    public bool? Found { get; init; }

    public IReadOnlyList<string> Contains { get; init; } = [];

    public IReadOnlyList<string> ContainsAny { get; init; } = [];

    public IReadOnlyList<string> NotContains { get; init; } = [];

    public IReadOnlyList<string> Cites { get; init; } = [];

    public IReadOnlyList<DateExpectation> Dates { get; init; } = [];

    public IReadOnlyList<DateExpectation> NotDates { get; init; } = [];

    public IReadOnlyList<DateExpectation> OneEntryOn { get; init; } = [];

    public bool IsEmpty =>
        Found is null && Contains.Count == 0 && ContainsAny.Count == 0 && NotContains.Count == 0 && Cites.Count == 0
        && Dates.Count == 0 && NotDates.Count == 0 && OneEntryOn.Count == 0;
}

/// <summary>A case file: the corpus its cases run against, and the cases in file order.</summary>
public sealed record CaseFile(string Path, string CorpusPath, IReadOnlyList<EvaluationCase> Cases)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
