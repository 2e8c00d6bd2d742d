using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Dates;

/// <summary>
/// Finds the dates a sentence mentions and resolves them against the article's publication date.
/// <para>
/// Table-driven: each <see cref="Rule"/> is a regular expression and a reader that turns its match into dates. When
/// matches overlap, the longest wins ("In August 2025" is a month, not "In August" plus a year); on equal length the
/// earlier rule in the table wins.
/// </para>
/// <para>Decisions for the ambiguous cases:</para>
/// <list type="bullet">
/// <item>A day or month without a year takes the occurrence nearest to the publication
/// (<see cref="DateResolution.NearestOccurrence"/>): "in February" written in April 2025 is February 2025.</item>
/// <item>A bare number is a year only if it is 1800-2099 and stands where a year stands: after a temporal preposition
/// ("in 2016", "since about 2016", "by 2025", "Summit of 2025", "back to 2016", "in 2016 and 2020"), after "the"
/// and before a word ("the 2018 Helsinki Summit"), with a qualifier ("early 2026", "mid-2025"), alone in
/// parentheses ("(2018)") or heading a list item ("2013: The Miss Universe pageant"). Citation years such as
/// "Politico. (2024)." are therefore years too: harmless, since a year is never reminded on. Not years: "its 1991
/// borders", "2016-style", "Trump's 2026 Action", "the specific 2026 sanctions" (a year after a possessive or an
/// adjective is not told apart from a count), "in 2000 troops" (a count noun follows), any number glued to money,
/// a percent sign, a hyphen, a decimal point or other digits ("$2025", "2025%", "555-2016", "8,500").</item>
/// <item>"since 2016" yields 2016, the start of the period.</item>
/// <item>"early/late/mid 2026" keeps year precision; "early February" keeps month precision.</item>
/// <item>"the March ...", "the May ..." are not months ("the March on Washington", "the May government"); "the
/// February deadline" is.</item>
/// <item>Deictic expressions ("last week", "today", "right now", "a few days ago", "earlier this month", "last
/// August") are resolved by <see cref="DateResolution.Relative"/>, which never claims more precision than the
/// publication date has. "A few days ago" is the week holding the day three days before; "a few weeks ago" the
/// month holding the day three weeks before; "a few years ago" is skipped. "The last few weeks", "lately", "the
/// spring" and centuries or decades ("the 80s") are too vague and are skipped.</item>
/// <item>A deictic expression set in apposition to an absolute date it contains ("a few days ago, on January 14,
/// 2026", "right now (January 17)") is dropped: the absolute date already says it, more precisely.</item>
/// <item>Slash dates ("04/02/2026") are skipped because day and month order is ambiguous; ISO dates are read.</item>
/// </list>
/// </summary>
public static partial class DateExtractor
{
    /// <summary>Compiled: every sentence of every article goes through these at ingest (interpreted, they were most of its time).</summary>
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    /// <summary>1800-2099, not glued to letters, digits, money, a decimal point, a hyphenated word or a percent sign.</summary>
    private const string YearCore = @"(?<![\p{L}\d$£€]|\d[.,\-])(?:1[89]|20)\d{2}(?![\d%]|[.,]\d|-[\p{L}\d])";

    /// <summary>A bare year followed by a count noun is a count: "in 2000 troops".</summary>
    private const string NotCount =
        @"(?!\s+(?i:people|persons|men|women|troops|soldiers|cases|units|dollars|euros|pounds|barrels|tons|tonnes|miles|kilometres|kilometers|times|votes|members|copies|jobs)\b)";

    private const string Year = "(?<year>" + YearCore + ")";

    /// <summary>A day of the month, maybe with an ordinal suffix, not part of a bigger number, a time or a range.</summary>
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\p{L}\d%]|[.,:]\d|-\d)";

    /// <summary>A full month name, or an abbreviation that may carry a full stop ("Feb." but never "February.").</summary>
    private static readonly string AnyMonth =
        $@"(?:(?<month>{CalendarWords.FullMonthPattern})\b|(?<month>{CalendarWords.AbbreviationPattern})(?:\.|\b))";
    private static readonly string FullMonth = $@"(?<month>{CalendarWords.FullMonthPattern})\b";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>What may stand between a relative expression and the absolute date that restates it: ", on", " (".</summary>
    private static readonly Regex Apposition = new(@"^[\s,;:(\[—–\-]*(?:(?i:on|in|at)\s+)?$", Options, MatchTimeout);

    private static readonly Rule[] Rules =
    [
        // 2026-02-04
        new(Needs.Digit, @"(?<![\d\-])(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})(?![\d\-])", ReadIsoDate),

        // February 4, 2026 / Feb. 4 / Feb 4 / February 5th / January 17
        new(Needs.Month | Needs.Digit, $@"\b{AnyMonth}\s+{Day}(?:,?\s+{Year})?", ReadDayOfMonth),

        // 4 February 2026 / 4th of February
        new(Needs.Month | Needs.Digit, $@"(?<![\w$£€.,\-]){Day}\s+(?:of\s+)?{AnyMonth}(?:,?\s+{Year})?", ReadDayOfMonth),

        // August 2025 / July 2018 / Aug. 2025
        new(Needs.Month | Needs.Digit, $@"\b{AnyMonth},?\s+(?:of\s+)?{Year}", ReadMonthOfYear),

        // in February / before early March / the February deadline (a month alone needs a word that makes it one)
        new(
            Needs.Month,
            $@"\b(?<context>(?i:in|since|until|till|by|before|after|during|from|through|the))\s+(?<expr>(?:(?i:early|late|mid)[\s-]+)?{FullMonth})(?!\s*\d)"
            + $@"|\b(?<expr>(?i:early|late|mid)[\s-]+{FullMonth})(?!\s*\d)",
            ReadMonthInContext),

        // this January / last August / next March
        new(Needs.Month, $@"\b(?<expr>(?<relation>(?i:last|this|next))\s+{FullMonth})(?!\s*\d)", ReadRelativeMonth),

        // last Monday / next Friday / this Friday
        new(Needs.Weekday, $@"\b(?<expr>(?<relation>(?i:last|next|this))\s+(?<weekday>{CalendarWords.WeekdayPattern})\b)", ReadRelativeWeekday),

        // on Monday (the coming one, or the last one when the clause is in the past tense); not "on Friday, June 4"
        new(Needs.Weekday, $@"\b(?i:on)\s+(?<expr>(?<weekday>{CalendarWords.WeekdayPattern}))\b(?!,?\s+(?:\d|{CalendarWords.FullMonthPattern}|{CalendarWords.AbbreviationPattern}))", ReadBareWeekday),

        // last week / next week / earlier this month / this year
        new(Needs.TimeWord, @"\b(?<expr>(?<relation>(?i:last|this|next|earlier\s+this|later\s+this))\s+(?<unit>(?i:week|month|year))\b)", ReadRelativeUnit),

        // a few days ago / two weeks ago / a year ago
        new(
            Needs.TimeWord,
            @"\b(?<expr>(?<count>(?i:a\s+few|a\s+couple\s+of|a\s+couple|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?))\s+(?<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b)",
            ReadAgo),

        // today / yesterday / tomorrow / right now
        new(Needs.TimeWord, @"\b(?<expr>(?<word>(?i:today|tonight|yesterday|tomorrow|right\s+now)))\b", ReadDeicticDay),

        // early 2026 / late 2025 / mid-2025
        new(Needs.Digit, $@"\b(?<expr>(?i:early|late|mid)[\s-]*{Year})", ReadQualifiedYear),

        // In 1987 / since about 2016 / by 2025 / Summit of 2025 / in 2016 and 2020
        new(
            Needs.Digit,
            $@"\b(?i:in|since|by|until|till|before|after|during|of|from|through|between|circa|around|back\s+to)\s+(?:(?i:about|around|roughly|approximately)\s+)?{Year}{NotCount}"
            + $@"(?:(?:\s*,\s*|,?\s+(?i:and|or|to|through|until)\s+){Year}{NotCount})*",
            ReadYears),

        // the 2018 Helsinki Summit / The 2025 National Security Strategy
        new(Needs.Digit, $@"\b(?i:the)\s+{Year}{NotCount}(?=\s+\p{{L}})", ReadYears),

        // 2013: The Miss Universe pageant in Moscow. (a list item headed by its year)
        new(Needs.Digit, $@"^\s*(?:[-*•▪‣]\s*|\d{{1,2}}[.)]\s+)?{Year}\s*:", ReadYears),

        // Helsinki (2018)
        new(Needs.Digit, $@"\({Year}\)", ReadYears),
    ];

    /// <summary>Month names and abbreviations, as the rules use them.</summary>
    private static readonly Regex MonthName = new(
        $@"\b(?:{CalendarWords.FullMonthPattern}|{CalendarWords.AbbreviationPattern})\b", Options, MatchTimeout);

    private static readonly Regex WeekdayName = new($@"\b(?:{CalendarWords.WeekdayPattern})\b", Options, MatchTimeout);

    /// <summary>The words of relative time every rule without a digit, month or weekday needs one of.</summary>
    private static readonly Regex TimeWord = new(
        @"\b(?i:week|month|year|ago|today|tonight|yesterday|tomorrow|now)\b", Options, MatchTimeout);

    /// <summary>What a rule cannot match without: a digit, a month name, a weekday name or a word of relative time.</summary>
    [Flags]
    private enum Needs
    {
        Digit = 1,
        Month = 2,
        Weekday = 4,
        TimeWord = 8,
    }

    /// <summary>
    /// Which of the rules' triggers the sentence holds: most sentences hold none, and most of the rest only digits, so
    /// a rule is tried only when all it needs is there. This only saves time: it never changes what is found.
    /// </summary>
    private static Needs TriggersIn(string sentence) =>
        (HasDigit(sentence) ? Needs.Digit : 0)
        | (MonthName.IsMatch(sentence) ? Needs.Month : 0)
        | (WeekdayName.IsMatch(sentence) ? Needs.Weekday : 0)
        | (TimeWord.IsMatch(sentence) ? Needs.TimeWord : 0);

    /// <summary>A digit as the rules' <c>\d</c> reads one: any decimal digit, not only ASCII ones.</summary>
    private static bool HasDigit(string sentence) =>
        sentence.AsSpan().ContainsAnyInRange('0', '9') || (!System.Text.Ascii.IsValid(sentence) && sentence.Any(char.IsDigit));

    /// <summary>The dates <paramref name="sentence"/> mentions, in order of appearance.</summary>
    /// <param name="published">When the article was published, to the precision known; relative expressions and
    /// dates without a year are resolved against it.</param>
    public static IReadOnlyList<ExtractedDate> Extract(string sentence, DateSpan published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var triggers = TriggersIn(sentence);
        if (triggers == 0)
        {
            return [];
        }

        List<(int Start, int Length, int RuleOrder, IReadOnlyList<ExtractedDate> Dates)>? matches = null;
        for (var order = 0; order < Rules.Length; order++)
        {
            if ((Rules[order].Needs & triggers) != Rules[order].Needs)
            {
                continue;
            }

            for (var match = Rules[order].Pattern.Match(sentence); match.Success; match = match.NextMatch())
            {
                var dates = Rules[order].Read(match, sentence, published).ToList();
                if (dates.Count > 0)
                {
                    (matches ??= []).Add((match.Index, match.Length, order, dates));
                }
            }
        }

        if (matches is null)
        {
            return [];
        }

        var kept = new List<(int Start, int Length, IReadOnlyList<ExtractedDate> Dates)>();
        foreach (var candidate in matches
                     .OrderByDescending(m => m.Length)
                     .ThenBy(m => m.RuleOrder)
                     .ThenBy(m => m.Start))
        {
            var overlaps = kept.Any(k => candidate.Start < k.Start + k.Length && k.Start < candidate.Start + candidate.Length);
            if (!overlaps)
            {
                kept.Add((candidate.Start, candidate.Length, candidate.Dates));
            }
        }

        var found = kept.SelectMany(k => k.Dates).OrderBy(d => d.Index).ToList();
        found.RemoveAll(relative => relative.IsRelative && found.Any(absolute => RestatedBy(sentence, relative, absolute)));
        return found;
    }

    /// <summary>
    /// True when <paramref name="absolute"/> restates <paramref name="relative"/> in apposition: "a few days ago, on
    /// January 14, 2026" or "right now (January 17)".
    /// </summary>
    private static bool RestatedBy(string sentence, ExtractedDate relative, ExtractedDate absolute)
    {
        if (absolute.IsRelative || !DateResolution.Contains(relative.When, absolute.When))
        {
            return false;
        }

        var (first, second) = relative.Index < absolute.Index ? (relative, absolute) : (absolute, relative);
        var gapStart = first.Index + first.Expression.Length;
        if (gapStart > second.Index)
        {
            return false;
        }

        var gap = sentence[gapStart..second.Index];
        return Apposition.IsMatch(gap);
    }

    /// <summary>A past-tense verb among the last few words of the clause: "was", "had", "arrived", "met".</summary>
    private static readonly Regex PastTense = new(
        @"\b(?i:was|were|had|did|met|began|came|went|left|took|made|\p{L}{3,}ed)\b(?:\W+\w+){0,6}\W*$",
        Options,
        MatchTimeout);

    /// <summary>Words that put the clause in the future whatever else it holds: "will be held", "is expected to land".</summary>
    private static readonly Regex FutureTense = new(
        @"\b(?i:will|shall|would|expected|scheduled|due|set\s+to|plans?\s+to|going\s+to|is\s+to|are\s+to)\b",
        Options,
        MatchTimeout);

    /// <summary>One row of the table: a pattern and what its matches mean.</summary>
    private sealed class Rule
    {
        public Rule(Needs needs, string pattern, Func<Match, DateSpan, IEnumerable<ExtractedDate>> read)
            : this(needs, pattern, (match, _, published) => read(match, published))
        {
        }

        /// <summary>For a reader that also looks at the words around its match (the whole sentence).</summary>
        public Rule(Needs needs, string pattern, Func<Match, string, DateSpan, IEnumerable<ExtractedDate>> read)
        {
            Needs = needs;
            Pattern = new(pattern, Options | RegexOptions.Multiline, MatchTimeout);
            Read = read;
        }

        public Needs Needs { get; }

        public Regex Pattern { get; }

        public Func<Match, string, DateSpan, IEnumerable<ExtractedDate>> Read { get; }
    }
}
