using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Content;
using BriefingBot.Core.Text;
using BriefingBot.Storage;

namespace BriefingBot.Benchmarks;

/// <summary>
/// A deterministic, made-up corpus shaped like the real one, for benchmarks that need volume. Every article is
/// built from the sentences, headings and titles of the bundled articles, recombined into new sections and
/// paragraphs, with months, days, years, percentages, figures and people's names swapped (one cast of names per
/// article), plus a dated sentence or two, so that word statistics stay natural and dates keep varying. Front
/// matter is valid: a slug id, a title, a publication date spread over 2024-2027 (mostly to the day, some to the
/// month or year), a publisher and sometimes an author and a URL. The real <c>topics.yaml</c> is copied alongside.
/// </summary>
/// <remarks>
/// Output depends only on <see cref="GeneratorVersion"/>, the article count, the seed and the seed content, and is
/// cached under <see cref="Corpora.WorkRoot"/> in a folder named after all four: bump the version whenever the
/// generator changes what it writes.
/// </remarks>
public static partial class SyntheticCorpus
{
    public const int GeneratorVersion = 1;
    public const int DefaultArticleCount = 10_000;
    public const int DefaultSeed = 20_260_204;

    private const string CompleteMarker = ".complete";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>People the seed articles name, longest form first, with the surname each is also known by.</summary>
    private static readonly (string Full, string Surname)[] SeedPeople =
    [
        ("Donald Trump", "Trump"), ("Vladimir Putin", "Putin"), ("Volodymyr Zelenskyy", "Zelenskyy"),
        ("Sergey Lavrov", "Lavrov"), ("Steve Witkoff", "Witkoff"), ("Jared Kushner", "Kushner"),
        ("Joe Biden", "Biden"), ("Barack Obama", "Obama"), ("Mark Rutte", "Rutte"), ("Lindsey Graham", "Graham"),
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Boris", "Carla", "Dmitri", "Elena", "Frank", "Greta", "Hassan", "Irina", "James", "Katrin", "Lukas",
        "Maria", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Stefan", "Tatiana", "Ulrich", "Vera", "Walter",
        "Yusuf", "Zofia", "Amir", "Brigitte", "Colin", "Daria", "Emil",
    ];

    private static readonly string[] LastNames =
    [
        "Albrecht", "Baranov", "Castillo", "Dunmore", "Eriksen", "Fairbanks", "Galloway", "Halvorsen", "Ivanova",
        "Jensen", "Kowalski", "Lindqvist", "Morozov", "Novak", "Okafor", "Petrenko", "Quinlan", "Rasmussen",
        "Sokolov", "Thornton", "Ueda", "Varga", "Whitaker", "Yilmaz", "Zimmermann", "Abernathy", "Brandt",
        "Carvalho", "Delacroix", "Eastwood",
    ];

    private static readonly (string Publisher, string Site)[] Publishers =
    [
        ("The Northern Ledger", "northernledger.example"), ("Capitol Briefing", "capitolbriefing.example"),
        ("Eastern Front Review", "easternfront.example"), ("The Policy Desk", "policydesk.example"),
        ("Baltic Observer", "balticobserver.example"), ("Kent Daily", "kentdaily.co.uk"),
        ("The Think Tank Journal", "thinktankjournal.example"), ("Global Affairs Weekly", "globalaffairs.example"),
        ("The Evening Wire", "eveningwire.example"), ("Harbour Times", "harbourtimes.example"),
        ("Atlantic Monitor", "atlanticmonitor.example"), ("Steppe Dispatch", "steppedispatch.example"),
    ];

    private static readonly string[] Cities =
    [
        "Geneva", "Istanbul", "Riyadh", "Helsinki", "Vienna", "Anchorage", "Budapest", "Doha", "Oslo", "Warsaw",
    ];

    private static readonly string[] DatedTemplates =
    [
        "{person} said the next round of talks is set for {month} {day}, {year}.",
        "The deadline falls on {month} {day}, {year}, according to officials in {city}.",
        "A follow-up meeting is scheduled for {iso} in {city}.",
        "By {month} {year}, the figure had risen to {percent}%, {person} told reporters.",
        "Officials expect a decision on {month} {day}, well before the summit in {city}.",
        "The agreement, signed on {month} {day}, {year}, runs until early {year2}.",
        "On {month} {day}, {person} met counterparts in {city} for {number} hours of talks.",
    ];

    /// <summary>
    /// The folder of a corpus of <paramref name="articleCount"/> articles, generated on first use and then reused.
    /// Safe when several processes ask at once: each writes a private staging folder and renames it into place.
    /// </summary>
    public static string Ensure(string seedContentPath, int articleCount = DefaultArticleCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articleCount);
        var seedText = SeedText.Load(seedContentPath);
        var folder = Path.Combine(Corpora.WorkRoot, $"synthetic-v{GeneratorVersion}-n{articleCount}-s{seed}-{seedText.Hash[..12]}");
        if (File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            return folder;
        }

        var staging = $"{folder}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Write(staging, seedContentPath, seedText, articleCount, seed);
        File.WriteAllText(Path.Combine(staging, CompleteMarker), $"generator v{GeneratorVersion}, {articleCount} articles, seed {seed}\n");
        if (Directory.Exists(folder) && !File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            Directory.Delete(folder, recursive: true);
        }

        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            // Another process finished first; its copy is identical.
            Directory.Delete(staging, recursive: true);
        }

        return folder;
    }

    private static void Write(string folder, string seedContentPath, SeedText seedText, int articleCount, int seed)
    {
        var articles = Path.Combine(folder, ContentIngester.ArticlesFolder);
        Directory.CreateDirectory(articles);
        File.Copy(Path.Combine(seedContentPath, ContentIngester.TopicsFile), Path.Combine(folder, ContentIngester.TopicsFile));

        var random = new Random(seed);
        var writer = new ArticleWriter(random, seedText);
        for (var i = 0; i < articleCount; i++)
        {
            var (id, text) = writer.Next(i);
            File.WriteAllText(Path.Combine(articles, id + ".md"), text, Utf8NoBom);
        }
    }

    /// <summary>The material the articles are recombined from, and a hash of the files it came from.</summary>
    private sealed record SeedText(string[] Sentences, string[] ListItems, string[] Headings, string[] Titles, string Hash)
    {
        public static SeedText Load(string contentPath)
        {
            var sentences = new List<string>();
            var listItems = new List<string>();
            var headings = new List<string>();
            var titles = new List<string>();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(File.ReadAllBytes(Path.Combine(contentPath, ContentIngester.TopicsFile)));

            var files = Directory.GetFiles(Path.Combine(contentPath, ContentIngester.ArticlesFolder), "*.md")
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                hash.AppendData(bytes);
                var article = ArticleFileParser.Parse(Path.GetFileName(file), Encoding.UTF8.GetString(bytes));
                titles.Add(article.Metadata.Title);
                var parsed = ArticleTextParser.Parse(article.Body, article.Metadata, article.FirstBodyLine);
                foreach (var paragraph in parsed.Paragraphs)
                {
                    switch (paragraph.Kind)
                    {
                        case ParagraphKind.Heading:
                            headings.Add(paragraph.Text);
                            break;
                        case ParagraphKind.ListItem:
                            listItems.Add(paragraph.Text);
                            break;
                        case ParagraphKind.Body:
                            sentences.AddRange(SentenceSplitter.Split(paragraph.Text).Where(s => s.Length >= 20));
                            break;
                        default:
                            break;
                    }
                }
            }

            if (sentences.Count == 0 || headings.Count == 0)
            {
                throw new InvalidOperationException($"The seed content in {contentPath} has no body sentences or headings to recombine.");
            }

            return new SeedText([.. sentences], [.. listItems], [.. headings], [.. titles], Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }

    /// <summary>Writes one article after another from a single random sequence, so the corpus is reproducible.</summary>
    private sealed class ArticleWriter(Random random, SeedText seed)
    {
        private readonly Dictionary<string, string> _cast = new(StringComparer.Ordinal);
        private readonly StringBuilder _text = new();

        public (string Id, string Text) Next(int index)
        {
            CastPeople();
            var title = TitleFrom(Pick(random.Next(3) == 0 ? seed.Headings : seed.Titles));
            var id = Slug(title) + "-" + (index + 1).ToString("D5", CultureInfo.InvariantCulture);
            var (publisher, site) = Pick(Publishers);

            _text.Clear();
            _text.Append("---\n")
                .Append("id: ").Append(id).Append('\n')
                .Append("title: ").Append(Quoted(title)).Append('\n')
                .Append("published: \"").Append(PublishedDate()).Append("\"\n")
                .Append("publisher: ").Append(Quoted(publisher)).Append('\n');
            if (random.Next(2) == 0)
            {
                _text.Append("author: ").Append(Quoted(Pick(FirstNames) + " " + Pick(LastNames))).Append('\n');
            }

            if (random.Next(2) == 0)
            {
                _text.Append("url: \"https://").Append(site).Append("/news/").Append(id).Append("\"\n");
            }

            _text.Append("synthetic: true\n---\n");
            if (random.Next(2) == 0)
            {
                _text.Append(title).Append("\n\n");
            }

            var sections = random.Next(3, 8);
            var datedSection = random.Next(sections);
            for (var s = 0; s < sections; s++)
            {
                _text.Append(Mutate(Pick(seed.Headings))).Append("\n\n");
                var paragraphs = random.Next(1, 4);
                for (var p = 0; p < paragraphs; p++)
                {
                    var count = random.Next(2, 7);
                    for (var k = 0; k < count; k++)
                    {
                        _text.Append(k == 0 ? string.Empty : " ").Append(Mutate(Pick(seed.Sentences)));
                    }

                    if (s == datedSection && p == 0)
                    {
                        _text.Append(' ').Append(DatedSentence());
                    }

                    _text.Append("\n\n");
                }

                if (seed.ListItems.Length > 0 && random.Next(4) == 0)
                {
                    var items = random.Next(3, 6);
                    for (var k = 0; k < items; k++)
                    {
                        _text.Append("- ").Append(Mutate(Pick(seed.ListItems))).Append('\n');
                    }

                    _text.Append('\n');
                }
            }

            return (id, _text.ToString());
        }

        /// <summary>Each article keeps about half of the seed people and renames the rest, consistently throughout.</summary>
        private void CastPeople()
        {
            _cast.Clear();
            foreach (var (full, surname) in SeedPeople)
            {
                if (random.Next(2) == 0)
                {
                    continue;
                }

                var last = Pick(LastNames);
                _cast[full] = Pick(FirstNames) + " " + last;
                _cast[surname] = last;
            }
        }

        private string PublishedDate()
        {
            var day = new DateOnly(2024, 1, 1).AddDays(random.Next(4 * 365 + 1));
            return random.Next(20) switch
            {
                0 => day.ToString("yyyy", CultureInfo.InvariantCulture),
                < 4 => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        private string TitleFrom(string text)
        {
            var title = Mutate(text).Trim();
            return title.Length > 0 ? title : "Untitled briefing";
        }

        private string DatedSentence()
        {
            var year = random.Next(2024, 2029);
            var month = random.Next(1, 13);
            var day = random.Next(1, 29);
            return Pick(DatedTemplates)
                .Replace("{person}", Pick(FirstNames) + " " + Pick(LastNames), StringComparison.Ordinal)
                .Replace("{month}", Months[month - 1], StringComparison.Ordinal)
                .Replace("{day}", day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year2}", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{iso}", new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{city}", Pick(Cities), StringComparison.Ordinal)
                .Replace("{percent}", random.Next(1, 96).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{number}", random.Next(2, 13).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        /// <summary>Swaps the variable parts of a seed sentence: months (and their days), years, percentages, figures, people.</summary>
        private string Mutate(string text) => Variable().Replace(text, match =>
        {
            if (match.Groups["month"].Success)
            {
                var month = Pick(Months);
                return match.Groups["day"].Success
                    ? month + " " + random.Next(1, 29).ToString(CultureInfo.InvariantCulture)
                    : month;
            }

            if (match.Groups["year"].Success)
            {
                return random.Next(2014, 2030).ToString(CultureInfo.InvariantCulture);
            }

            if (match.Groups["percent"].Success)
            {
                return random.Next(1, 96).ToString(CultureInfo.InvariantCulture) + "%";
            }

            if (match.Groups["number"].Success)
            {
                var digits = match.Value.Count(char.IsAsciiDigit);
                var value = random.Next((int)Math.Pow(10, Math.Min(digits, 7) - 1), (int)Math.Pow(10, Math.Min(digits, 7)));
                return match.Value.Contains(',', StringComparison.Ordinal)
                    ? value.ToString("N0", CultureInfo.InvariantCulture)
                    : value.ToString(CultureInfo.InvariantCulture);
            }

            return _cast.TryGetValue(match.Value, out var renamed) ? renamed : match.Value;
        });

        private T Pick<T>(T[] values) => values[random.Next(values.Length)];
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Slug(string title)
    {
        var words = SlugWord().Matches(title.ToLowerInvariant()).Select(m => m.Value).Where(w => w.All(char.IsAsciiLetterOrDigit)).Take(6);
        var slug = string.Join('-', words);
        return slug.Length > 0 ? slug : "article";
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex SlugWord();

    [GeneratedRegex("""
        \b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?<day>\s+[0-3]?\d(?:st|nd|rd|th)?\b)?
        | \b(?<year>(?:19[5-9]|20[0-3])\d)\b
        | \b(?<percent>\d+(?:\.\d+)?)%
        | \b(?<number>\d{1,3}(?:,\d{3})+|\d+)\b
        | \b(?<person>Donald\ Trump|Vladimir\ Putin|Volodymyr\ Zelenskyy|Sergey\ Lavrov|Steve\ Witkoff|Jared\ Kushner|Joe\ Biden|Barack\ Obama|Mark\ Rutte|Lindsey\ Graham|Trump|Putin|Zelenskyy|Lavrov|Witkoff|Kushner|Biden|Obama|Rutte|Graham)\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
