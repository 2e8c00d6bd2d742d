namespace BriefingBot.Evaluation.Runner;

/// <summary>How one case went: its failed checks (none when it passed) and the start of the reply it got.</summary>
public sealed record CaseResult(string Id, IReadOnlyList<string> Failures, string Excerpt)
{
    public bool Passed => Failures.Count == 0;

    public static CaseResult Malformed(EvaluationCase evaluationCase) =>
        new(evaluationCase.Id, [.. evaluationCase.Problems.Select(p => "malformed: " + p)], "");
}
