using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Reminders;

/// <summary>
/// Reads the arguments of a subscribe command: <c>[topic|all] [lead times] [time zone] [local hour]</c>, in any order.
/// </summary>
/// <remarks>
/// Each whitespace-separated word is recognised by its shape:
/// <list type="bullet">
/// <item>lead times: <c>7d,1d,0d</c>, <c>2w</c>, <c>12h</c> (units w, d, h; comma-separated, spaces after commas
/// allowed; each from 0 up to 365 days; at most 6 after duplicates are removed; several such words are merged);</item>
/// <item>a time zone: a word with a letter and a slash (<c>Europe/Berlin</c>), or <c>UTC</c>/<c>GMT</c>, checked
/// against tzdb ignoring case and returned as tzdb spells it. Bare country-like ids such as "Iran" or "Japan" are
/// deliberately not taken as zones: they are far more likely to be topics. Offsets ("UTC+2") and abbreviations
/// ("PST") are recognised only to be refused with a hint;</item>
/// <item>a local time: <c>9</c>, <c>09</c>, <c>9:30</c>, <c>21:00</c>, <c>9am</c>, <c>9 pm</c>, <c>12:30pm</c>;</item>
/// <item>everything else, in order, is the topic text; none or "all" means all topics.</item>
/// </list>
/// Missing parts take the defaults: 7d,1d,0d, UTC, 09:00.
/// </remarks>
public static partial class SubscriptionArgumentsParser
{
    public const int MaxLeadTimes = 6;
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(365);

    private const string LeadTimeForms = "Use a number with d (days), w (weeks) or h (hours), comma-separated, such as 7d,1d,0d, 2w or 12h.";
    private const string TimeOfDayForms = "Use an hour from 0 to 23 such as 9, 09:30, 21:00 or 9pm.";
    private const string TimeZoneForms = "Use an IANA name such as Europe/Berlin, America/New_York or UTC.";

    /// <summary>Parses the arguments; on failure <paramref name="error"/> is a friendly sentence naming the accepted forms.</summary>
    public static bool TryParse(string? args, [MaybeNullWhen(false)] out SubscriptionRequest request, out ReplyText error)
    {
        request = null;
        if (!TrySplit(args, out var words, out error))
        {
            return false;
        }

        IReadOnlyList<TimeSpan> leadTimes = Subscription.DefaultLeadTimes;
        var zoneId = Subscription.DefaultTimeZoneId;
        var localTime = Subscription.DefaultLocalTime;
        if ((words.LeadTimes is { } leadText && !TryReadLeadTimes(leadText, out leadTimes, out error))
            || (words.TimeZone is { } zoneText && !TryReadTimeZone(zoneText, out zoneId, out error))
            || (words.TimeOfDay is { } timeText && !TryReadTimeOfDay(timeText, out localTime, out error)))
        {
            return false;
        }

        request = new SubscriptionRequest(words.Topic, leadTimes, zoneId, localTime);
        return true;
    }

    /// <summary>
    /// Sorts the words of chat text into the subscribe options by their shape, without reading their values
    /// (<see cref="TryReadLeadTimes"/> and the other readers do that, for typed platform options too). Fails only
    /// when the text gives two different time zones or times of day. "all" or no topic words give a null topic.
    /// </summary>
    public static bool TrySplit(string? args, out SubscriptionWords words, out ReplyText error)
    {
        words = new SubscriptionWords(null, null, null, null);
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(args))
        {
            return true;
        }

        var text = CommaAfterLeadTime().Replace(args.Trim(), ",");
        text = SpaceBeforeMeridiem().Replace(text, "$1$2");
        var leadWords = new List<string>();
        var zoneWords = new List<string>();
        var timeWords = new List<string>();
        var topicWords = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var list = LooksLikeLeadTimes(word) ? leadWords
                : LooksLikeTimeOfDay(word) ? timeWords
                : LooksLikeTimeZone(word) ? zoneWords
                : topicWords;
            list.Add(word);
        }

        if (!TryPickOne<TimeOnly>(timeWords, TryReadTimeOfDay, "times of day", "9 or 21:00", out var timeWord, out error)
            || !TryPickOne<string>(zoneWords, TryReadTimeZone, "time zones", "Europe/Berlin", out var zoneWord, out error))
        {
            return false;
        }

        var topicText = string.Join(' ', topicWords);
        words = new SubscriptionWords(
            topicText.Length == 0 || topicText.Equals("all", StringComparison.OrdinalIgnoreCase) ? null : topicText,
            leadWords.Count == 0 ? null : string.Join(',', leadWords),
            zoneWord,
            timeWord);
        return true;
    }

    /// <summary>Reads lead times such as "7d,1d,0d", "2w" or "12h": distinct, longest first, each up to 365 days, at most six.</summary>
    public static bool TryReadLeadTimes(string text, out IReadOnlyList<TimeSpan> leadTimes, out ReplyText error)
    {
        leadTimes = [];
        var normalised = CommaAfterLeadTime().Replace(text.Trim(), ",").Replace(' ', ',');
        var distinct = new HashSet<TimeSpan>();
        if (!TryReadLeadTimes(normalised, distinct, out error))
        {
            return false;
        }

        if (distinct.Count > MaxLeadTimes)
        {
            error = $"That is {distinct.Count} lead times; at most {MaxLeadTimes} are allowed, such as 7d,1d,0d.";
            return false;
        }

        leadTimes = [.. distinct.OrderDescending()];
        return true;
    }

    /// <summary>Reads an IANA time zone (any letter case; returned as tzdb spells it). Abbreviations and offsets are refused with a hint.</summary>
    public static bool TryReadTimeZone(string text, out string zoneId, out ReplyText error)
    {
        zoneId = "";
        error = string.Empty;
        var word = text.Trim();
        if (ZoneAbbreviations.Contains(word))
        {
            error = ReplyText.Of($"Time zone abbreviations such as '{Echo.Short(word, 20)}' are ambiguous. {TimeZoneForms}");
            return false;
        }

        if (!TimeZoneIds.TryNormalize(word, out var normalised))
        {
            error = ReplyText.Of($"I don't know the time zone '{Echo.Short(word, 40)}'. {TimeZoneForms}");
            return false;
        }

        zoneId = normalised;
        return true;
    }

    /// <summary>Reads a local time of day: 9, 09, 9:30, 21:00, 9am, 9 pm, 12:30pm.</summary>
    public static bool TryReadTimeOfDay(string text, out TimeOnly time, out ReplyText error)
    {
        error = string.Empty;
        var word = SpaceBeforeMeridiem().Replace(text.Trim(), "$1$2");
        if (!TryReadTimeOfDay(word, out time))
        {
            error = ReplyText.Of($"I can't read '{Echo.Short(word, 20)}' as a time of day. {TimeOfDayForms}");
            return false;
        }

        return true;
    }

    private delegate bool ValueReader<T>(string text, out T value, out ReplyText error);

    private static bool TryPickOne<T>(List<string> words, ValueReader<T> read, string plural, string example, out string? picked, out ReplyText error)
    {
        picked = words.FirstOrDefault();
        error = string.Empty;
        if (words.Count < 2)
        {
            return true;
        }

        var values = new List<T>();
        foreach (var word in words)
        {
            if (!read(word, out var value, out error))
            {
                return false;
            }

            values.Add(value);
        }

        var differing = words.Skip(1).Zip(values.Skip(1)).FirstOrDefault(pair => !EqualityComparer<T>.Default.Equals(pair.Second, values[0]));
        if (differing.First is not null)
        {
            error = ReplyText.Of($"I found two {plural}, '{Echo.Short(words[0], 40)}' and '{Echo.Short(differing.First, 40)}'. Give one, such as {example}.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A word is meant as lead times when it is one ("12h"), when it is a number with a unit we do not take ("10m"),
    /// or when it is a comma-separated list with a number-like part ("7d,1x", "7,1").
    /// </summary>
    private static bool LooksLikeLeadTimes(string word)
    {
        return word.Contains(',')
            ? word.Split(',').Any(part => NumberWithLetters().IsMatch(part))
            : LeadTimePart().IsMatch(word) || NumberWithUnitWord().IsMatch(word);
    }

    private static bool TryReadLeadTimes(string word, HashSet<TimeSpan> leadTimes, out ReplyText error)
    {
        error = string.Empty;
        foreach (var part in word.Split(','))
        {
            var match = LeadTimePart().Match(part);
            if (!match.Success)
            {
                error = ReplyText.Of($"I can't read the lead time '{Echo.Short(part.Length == 0 ? word : part, 40)}'. {LeadTimeForms}");
                return false;
            }

            var unit = char.ToLowerInvariant(match.Groups["unit"].Value[0]);
            var perUnit = unit switch
            {
                'w' => TimeSpan.FromDays(7),
                'd' => TimeSpan.FromDays(1),
                _ => TimeSpan.FromHours(1),
            };
            var maxCount = MaxLeadTime.Ticks / perUnit.Ticks;
            if (!long.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count > maxCount)
            {
                error = ReplyText.Of($"The lead time '{Echo.Short(part, 40)}' is too long: lead times go from 0d up to 365 days (365d, 52w or 8760h).");
                return false;
            }

            leadTimes.Add(perUnit * count);
        }

        return true;
    }

    private static bool LooksLikeTimeOfDay(string word) => TimeOfDayShape().IsMatch(word);

    private static bool TryReadTimeOfDay(string word, out TimeOnly time)
    {
        time = default;
        var match = TimeOfDay().Match(word);
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["meridiem"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var afternoon = match.Groups["meridiem"].Value.Equals("pm", StringComparison.OrdinalIgnoreCase);
            hour = hour % 12 + (afternoon ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    /// <summary>
    /// A word with a letter and a slash, UTC or GMT (with or without an offset such as "UTC+2", which is refused with
    /// a hint), or a common abbreviation ("PST", "CET"), which is refused too: abbreviations are ambiguous and
    /// tzdb's fixed-offset "EST" would quietly ignore daylight saving.
    /// </summary>
    private static bool LooksLikeTimeZone(string word) =>
        word.Contains('/') && word.Any(char.IsAsciiLetter)
        || UtcWithOptionalOffset().IsMatch(word)
        || ZoneAbbreviations.Contains(word);

    private static readonly FrozenSet<string> ZoneAbbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST",
        "WET", "WEST", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT");

    [GeneratedRegex(@"(?<=\d[wdh])\s*,\s*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommaAfterLeadTime();

    [GeneratedRegex(@"(?<=^|\s)(\d{1,2}(?::\d{2})?)\s+(am|pm)(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeMeridiem();

    [GeneratedRegex(@"^(UTC|GMT)([+-]\d{1,2}(:?\d{2})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UtcWithOptionalOffset();

    [GeneratedRegex(@"^(?<count>\d+)(?<unit>[wdh])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadTimePart();

    [GeneratedRegex(@"^\d+[a-z]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithLetters();

    /// <summary>Lead times written with a unit we do not take ("10m", "7days", "1month"): worth a helpful error, not a topic.</summary>
    [GeneratedRegex(@"^\d+(m|mins?|minutes?|s|secs?|seconds?|mo|mos|months?|y|yrs?|years?|days?|weeks?|wks?|hours?|hrs?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithUnitWord();

    /// <summary>Anything that is plainly meant as a time of day, valid or not: "9", "09", "9:30", "25:00", "9pm", "13pm".</summary>
    [GeneratedRegex(@"^(\d{1,2}(:\d+)?(am|pm)?|\d+:\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayShape();

    [GeneratedRegex(@"^(?<hour>\d{1,2})(:(?<minute>\d{2}))?(?<meridiem>am|pm)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}

/// <summary>The words of subscribe text sorted by shape, not yet read: null where the text gave none.</summary>
public sealed record SubscriptionWords(string? Topic, string? LeadTimes, string? TimeZone, string? TimeOfDay);
