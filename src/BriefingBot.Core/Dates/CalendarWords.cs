namespace BriefingBot.Core.Dates;

/// <summary>
/// The month and weekday names the extractor recognises, in one place. Names are matched with their capital letter
/// ("March", never "march"), so the verb and the month do not collide.
/// </summary>
internal static class CalendarWords
{
    private static readonly (int Month, string Name, string[] Abbreviations)[] Months =
    [
        (1, "January", ["Jan"]),
        (2, "February", ["Feb"]),
        (3, "March", ["Mar"]),
        (4, "April", ["Apr"]),
        (5, "May", []),
        (6, "June", ["Jun"]),
        (7, "July", ["Jul"]),
        (8, "August", ["Aug"]),
        (9, "September", ["Sept", "Sep"]),
        (10, "October", ["Oct"]),
        (11, "November", ["Nov"]),
        (12, "December", ["Dec"]),
    ];

    private static readonly string[] Weekdays =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Month names that are also everyday words ("the March on Washington", "Theresa May").</summary>
    private static readonly string[] AmbiguousMonthNames = ["March", "May"];

    /// <summary>Regex alternation of the full month names: "January|February|...".</summary>
    public static string FullMonthPattern { get; } = string.Join('|', Months.Select(m => m.Name));

    /// <summary>Regex alternation of the abbreviations, longest first so "Sept" wins over "Sep".</summary>
    public static string AbbreviationPattern { get; } = string.Join(
        '|',
        Months.SelectMany(m => m.Abbreviations).OrderByDescending(name => name.Length));

    /// <summary>Regex alternation of the weekday names.</summary>
    public static string WeekdayPattern { get; } = string.Join('|', Weekdays);

    /// <summary>The month number (1-12) for a full name or abbreviation, with or without a trailing full stop.</summary>
    public static int MonthNumber(string name)
    {
        var bare = name.TrimEnd('.');
        foreach (var (month, fullName, abbreviations) in Months)
        {
            if (fullName == bare || abbreviations.Contains(bare))
            {
                return month;
            }
        }

        throw new ArgumentException($"'{name}' is not a month name.", nameof(name));
    }

    public static bool IsAmbiguousMonthName(string name) => AmbiguousMonthNames.Contains(name);

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name);

    /// <summary>A month or weekday name or abbreviation, in any case ("february", "fri" is not one: no abbreviated weekdays).</summary>
    public static bool IsDateWord(string word) => DateWords.Contains(word);

    private static readonly HashSet<string> DateWords = new(
        Months.SelectMany(m => m.Abbreviations.Append(m.Name)).Concat(Weekdays),
        StringComparer.OrdinalIgnoreCase);
}
