namespace BriefingBot.Core.Text.Chrome;

/// <summary>Regex fragments for dates as web pages print them in headers.</summary>
internal static class DatePatterns
{
    private const string Month =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private const string Weekday = @"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+";

    /// <summary>"Monday, April 21, 2025", "April 21, 2025", "21 April 2025", "2025-04-21", "21/04/2025".</summary>
    public const string Date =
        $@"(?:(?:{Weekday})?(?:{Month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{Month},?\s+\d{{4}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})";
}
