using System.Globalization;
using System.Text;

namespace BriefingBot.Evaluation.Runner;

/// <summary>The results of one case file: the score line, the failures, and the full report for a file.</summary>
public sealed record EvaluationReport(string FileName, IReadOnlyList<CaseResult> Results)
{
    public int Passed => Results.Count(r => r.Passed);

    /// <summary>The share of cases that passed, 0 to 1; a file with no cases scores 0, so it cannot pass unnoticed.</summary>
    public double PassRate => Results.Count == 0 ? 0 : (double)Passed / Results.Count;

    public IEnumerable<CaseResult> Failed => Results.Where(r => !r.Passed);

    /// <summary>"Evaluation bundled.yaml: 63/66 passed (95.5%)".</summary>
    public string ScoreLine => string.Create(
        CultureInfo.InvariantCulture, $"Evaluation {FileName}: {Passed}/{Results.Count} passed ({PassRate * 100:0.0}%)");

    /// <summary>One line per failing case: its id and its failed checks.</summary>
    public IEnumerable<string> FailureLines => Failed.Select(r => $"  FAIL {r.Id}: {string.Join("; ", r.Failures)}");

    /// <summary>The score, then every case with its result, failed checks and reply excerpt.</summary>
    public string FullText()
    {
        var text = new StringBuilder().AppendLine(ScoreLine);
        foreach (var result in Results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{(result.Passed ? "PASS" : "FAIL")} {result.Id}");
            foreach (var failure in result.Failures)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    - {failure}");
            }

            if (result.Excerpt.Length > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    reply: {result.Excerpt}");
            }
        }

        return text.ToString();
    }
}
