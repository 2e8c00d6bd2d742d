using System.Globalization;
using BriefingBot.Core.Dates;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// A date a case names, at the precision it is written in: "2026-02-04" (a day), "2026-02" (a month), "2026" (a year).
/// An item's date matches when its start, written at this precision, is the same text, and the item is known at
/// least that precisely: a day item of February 4 matches "2026-02-04", "2026-02" and "2026"; a month item of
/// February 2026 matches "2026-02" and "2026" but not "2026-02-01".
/// </summary>
public sealed record DateExpectation(string Text, DatePrecision Precision)
{
    public static bool TryParse(string? text, out DateExpectation expectation)
    {
        expectation = null!;
        if (!DateSpan.TryParseIso(text, out var span))
        {
            return false;
        }

        expectation = new DateExpectation(span.ToIsoString(), span.Precision);
        return true;
    }

    public bool Matches(DateSpan when) =>
        Rank(when.Precision) <= Rank(Precision) && string.Equals(Format(when.Start), Text, StringComparison.Ordinal);

    public override string ToString() => Text;

    private string Format(DateOnly day) => day.ToString(
        Precision switch
        {
            DatePrecision.Day => "yyyy-MM-dd",
            DatePrecision.Month => "yyyy-MM",
            _ => "yyyy",
        },
        CultureInfo.InvariantCulture);

    /// <summary>Finer precisions rank lower: a day is finer than a week, a week than a month, a month than a year.</summary>
    private static int Rank(DatePrecision precision) => (int)precision;
}
