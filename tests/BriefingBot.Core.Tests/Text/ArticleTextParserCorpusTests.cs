using BriefingBot.Core.Content;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

/// <summary>Chrome stripping and paragraph kinds on the five real articles under content/articles.</summary>
public sealed class ArticleTextParserCorpusTests
{
    private const string SitingWithRussia = "is-trump-siding-with-russia";
    private const string NoTariffs = "no-tariffs-just-trust";
    private const string WhatPeopleGetWrong = "trump-putin-news-what-people-get-wrong";
    private const string Overview = "trump-putin-relationship-overview";
    private const string SoftSpot = "why-trump-has-a-soft-spot-for-russia";

    public static TheoryData<string> ArticleIds => ContentCorpus.Ids();

    public static TheoryData<string, int, string> ChromeLines => new()
    {
        { SitingWithRussia, 9, ChromeRuleNames.RepeatedTitle },
        { SitingWithRussia, 11, ChromeRuleNames.RepeatedTitle },
        { SitingWithRussia, 48, ChromeRuleNames.PromoLink },
        { NoTariffs, 11, ChromeRuleNames.Dateline },
        { NoTariffs, 12, ChromeRuleNames.Breadcrumb },
        { NoTariffs, 14, ChromeRuleNames.RepeatedTitle },
        { NoTariffs, 16, ChromeRuleNames.MetadataLabel },
        { NoTariffs, 18, ChromeRuleNames.RelatedStoriesBlock },
        { NoTariffs, 20, ChromeRuleNames.RelatedStoriesBlock },
        { NoTariffs, 26, ChromeRuleNames.RelatedStoriesBlock },
        { NoTariffs, 38, ChromeRuleNames.RelatedStoriesBlock },
        { NoTariffs, 39, ChromeRuleNames.AdPlaceholder },
        { NoTariffs, 184, ChromeRuleNames.AuthorBox },
        { NoTariffs, 185, ChromeRuleNames.AuthorBox },
        { NoTariffs, 186, ChromeRuleNames.AuthorBox },
        { NoTariffs, 188, ChromeRuleNames.RelatedStoriesBlock },
        { NoTariffs, 190, ChromeRuleNames.MetadataLabel },
        { NoTariffs, 192, ChromeRuleNames.AdPlaceholder },
        { NoTariffs, 194, ChromeRuleNames.CommentForm },
        { NoTariffs, 196, ChromeRuleNames.CommentForm },
        { NoTariffs, 197, ChromeRuleNames.CommentForm },
        { NoTariffs, 199, ChromeRuleNames.CookieNotice },
        { NoTariffs, 201, ChromeRuleNames.CookieNotice },
        { WhatPeopleGetWrong, 9, ChromeRuleNames.RepeatedTitle },
        { WhatPeopleGetWrong, 11, ChromeRuleNames.RepeatedTitle },
        { WhatPeopleGetWrong, 27, ChromeRuleNames.PromoLink },
        { WhatPeopleGetWrong, 41, ChromeRuleNames.PromoLink },
        { WhatPeopleGetWrong, 62, ChromeRuleNames.PromoLink },
        { Overview, 121, ChromeRuleNames.SiteLink },
        { Overview, 123, ChromeRuleNames.CommentForm },
        { Overview, 125, ChromeRuleNames.CommentForm },
        { SoftSpot, 24, ChromeRuleNames.PromoLink },
        { SoftSpot, 29, ChromeRuleNames.TableSeparator },
        { SoftSpot, 37, ChromeRuleNames.PromoLink },
    };

    /// <summary>Every line each article loses, by rule: anything more would be real content stripped, anything less chrome left in.</summary>
    public static TheoryData<string, string[]> RemovedRules => new()
    {
        { SitingWithRussia, [ChromeRuleNames.RepeatedTitle, ChromeRuleNames.RepeatedTitle, ChromeRuleNames.PromoLink] },
        {
            NoTariffs,
            [
                ChromeRuleNames.Dateline, ChromeRuleNames.Breadcrumb, ChromeRuleNames.RepeatedTitle, ChromeRuleNames.MetadataLabel,
                .. Enumerable.Repeat(ChromeRuleNames.RelatedStoriesBlock, 11), ChromeRuleNames.AdPlaceholder,
                .. Enumerable.Repeat(ChromeRuleNames.AuthorBox, 3), ChromeRuleNames.RelatedStoriesBlock, ChromeRuleNames.MetadataLabel,
                ChromeRuleNames.AdPlaceholder, ChromeRuleNames.CommentForm, ChromeRuleNames.CommentForm, ChromeRuleNames.CommentForm,
                ChromeRuleNames.CookieNotice, ChromeRuleNames.CookieNotice,
            ]
        },
        {
            WhatPeopleGetWrong,
            [ChromeRuleNames.RepeatedTitle, ChromeRuleNames.RepeatedTitle, ChromeRuleNames.PromoLink, ChromeRuleNames.PromoLink, ChromeRuleNames.PromoLink]
        },
        { Overview, [ChromeRuleNames.SiteLink, ChromeRuleNames.CommentForm, ChromeRuleNames.CommentForm] },
        { SoftSpot, [ChromeRuleNames.PromoLink, ChromeRuleNames.TableSeparator, ChromeRuleNames.PromoLink] },
    };

    public static TheoryData<string, int, ParagraphKind, string> ContentLines => new()
    {
        { SitingWithRussia, 19, ParagraphKind.Heading, "The \"Peace\" Push and the 20% Problem" },
        { SitingWithRussia, 31, ParagraphKind.ListItem, "The constant praise for Putin’s \"genius\" and \"strength.\"" },
        { SitingWithRussia, 82, ParagraphKind.Heading, "Next Steps for Staying Informed:" },
        { SitingWithRussia, 86, ParagraphKind.ListItem, "Check the Mineral Deal Progress: Follow news regarding U.S. mining companies in Ukraine. The moment ground is broken on those projects, you'll know exactly why the U.S. is pushing for a ceasefire." },
        { SitingWithRussia, 17, ParagraphKind.Body, "It feels upside down." },
        { SitingWithRussia, 68, ParagraphKind.Heading, "The NATO Divorce?" },
        { NoTariffs, 41, ParagraphKind.Body, "Statements from Russian Foreign Minister Sergey Lavrov, as published in Kommersant, suggest that Moscow differentiates Trump from other American leaders, praising his pragmatism and “common-sense” diplomacy." },
        { NoTariffs, 43, ParagraphKind.Heading, "Why Are Russians Trusting Trump?" },
        { NoTariffs, 142, ParagraphKind.Body, "Why?" },
        { NoTariffs, 45, ParagraphKind.Body, "According to Lavrov’s recent interview:" },
        { NoTariffs, 53, ParagraphKind.ListItem, "Trump’s historical admiration for Putin, dating back to 2016." },
        { NoTariffs, 61, ParagraphKind.Heading, "Trump’s Realpolitik Diplomacy" },
        { NoTariffs, 128, ParagraphKind.ListItem, "Cybersecurity" },
        { NoTariffs, 166, ParagraphKind.Heading, "References" },
        { NoTariffs, 168, ParagraphKind.ListItem, "Kommersant. (2025)" },
        { NoTariffs, 170, ParagraphKind.ListItem, "Global Times (2025). [Lavrov’s statements on US-Russia relations]" },
        { NoTariffs, 182, ParagraphKind.ListItem, "National Security Archive. (2024). “Declassified Documents on US-Russia Cyber Talks”" },
        { WhatPeopleGetWrong, 39, ParagraphKind.Heading, "The Sticking Points:" },
        { WhatPeopleGetWrong, 15, ParagraphKind.Body, "But what’s actually happening behind the closed doors of the Oval Office and the Kremlin?" },
        { WhatPeopleGetWrong, 43, ParagraphKind.ListItem, "Territory: Putin wants the Donbas and Crimea. Formally. Legally. Forever." },
        { WhatPeopleGetWrong, 66, ParagraphKind.Heading, "What's Next? Actionable Insights for Following the News" },
        { WhatPeopleGetWrong, 70, ParagraphKind.ListItem, "Watch the \"Last Yard\" Negotiations: A Ukrainian delegation is headed to D.C. right now (January 17). If they don't walk away with a reconstruction package and security promises, the war will likely escalate through the spring." },
        { Overview, 15, ParagraphKind.Heading, "The 2018 Helsinki Summit" },
        { Overview, 67, ParagraphKind.ListItem, "Official Briefings: Real-time updates are typically found on the White House and Kremlin official websites." },
        { Overview, 75, ParagraphKind.Body, "How many times have Trump and Putin met in person?" },
        { Overview, 83, ParagraphKind.Body, "Does Trump support NATO?" },
        { Overview, 113, ParagraphKind.Heading, "Final Thoughts" },
        { SoftSpot, 11, ParagraphKind.Heading, "The \"America First\" Realignment" },
        { SoftSpot, 20, ParagraphKind.ListItem, "1987: Trump’s first trip to Moscow to look at hotel sites." },
        { SoftSpot, 28, ParagraphKind.TableRow, "| Country/Entity | Trump's 2026 Action | The \"Russia\" Angle |" },
        { SoftSpot, 33, ParagraphKind.TableRow, "| Venezuela | Military pressure to \"kick out\" Russia | Reasserting the Monroe Doctrine |" },
        { SoftSpot, 45, ParagraphKind.Body, "To get a deeper sense of how this impacts the global economy, your next step should be to look into the specific 2026 sanctions on Rosneft and Lukoil to see how they've affected gas prices at home." },
    };

    [Theory]
    [MemberData(nameof(ChromeLines))]
    public void Strip_ChromeLine_IsRemovedByItsRule(string id, int lineNumber, string rule)
    {
        var file = ContentCorpus.Load(id);

        var parsed = Parse(file);

        var removed = Assert.Single(parsed.Removed, r => r.LineNumber == lineNumber);
        Assert.Equal(rule, removed.Rule);
        Assert.Equal(LineOf(file, lineNumber).Trim(), removed.Text);
        Assert.DoesNotContain(parsed.Paragraphs, p => p.LineNumber == lineNumber);
    }

    [Theory]
    [MemberData(nameof(RemovedRules))]
    public void Strip_Article_RemovesExactlyItsChrome(string id, string[] expectedRules)
    {
        var parsed = Parse(ContentCorpus.Load(id));

        Assert.Equal(expectedRules, parsed.Removed.Select(r => r.Rule));
    }

    [Theory]
    [MemberData(nameof(ContentLines))]
    public void Parse_ContentLine_IsKeptVerbatimWithItsKind(string id, int lineNumber, ParagraphKind kind, string text)
    {
        var parsed = Parse(ContentCorpus.Load(id));

        var paragraph = Assert.Single(parsed.Paragraphs, p => p.LineNumber == lineNumber);
        Assert.Equal(kind, paragraph.Kind);
        Assert.Equal(text, paragraph.Text);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Parse_EveryParagraph_IsVerbatimTextOfItsLine(string id)
    {
        var file = ContentCorpus.Load(id);

        var parsed = Parse(file);

        Assert.NotEmpty(parsed.Paragraphs);
        foreach (var paragraph in parsed.Paragraphs)
        {
            Assert.Contains(paragraph.Text, file.Body, StringComparison.Ordinal);
            Assert.Contains(paragraph.Text, LineOf(file, paragraph.LineNumber), StringComparison.Ordinal);
            Assert.Equal(paragraph.Text.Trim(), paragraph.Text);
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Parse_EveryNonBlankBodyLine_IsEitherAParagraphOrRemoved(string id)
    {
        var file = ContentCorpus.Load(id);

        var parsed = Parse(file);

        var nonBlank = file.FullText.Split('\n')
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => l.Number >= file.FirstBodyLine && !string.IsNullOrWhiteSpace(l.Line))
            .Select(l => l.Number);
        var accounted = parsed.Paragraphs.Select(p => p.LineNumber).Concat(parsed.Removed.Select(r => r.LineNumber)).Order();
        Assert.Equal(nonBlank, accounted);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Parse_Paragraphs_AreNumberedInOrder(string id)
    {
        var parsed = Parse(ContentCorpus.Load(id));

        Assert.Equal(Enumerable.Range(0, parsed.Paragraphs.Count), parsed.Paragraphs.Select(p => p.Index));
        Assert.Equal(parsed.Paragraphs.Select(p => p.LineNumber).Order(), parsed.Paragraphs.Select(p => p.LineNumber));
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Parse_KeptText_HasNoKnownChrome(string id)
    {
        string[] chromeFragments =
        [
            "Read more:", "Don't miss:", "You might also like:", "Related:", "See also:", "spot_img", "Related stories",
            "Latest stories", "LEAVE A REPLY", "Please enter your", "Privacy Overview", "uses cookies", "Read More on",
            "Your email address will not be published", "|---",
        ];

        var parsed = Parse(ContentCorpus.Load(id));

        foreach (var paragraph in parsed.Paragraphs)
        {
            Assert.DoesNotContain(chromeFragments, f => paragraph.Text.Contains(f, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static ParsedArticleText Parse(ContentFile file) =>
        ArticleTextParser.Parse(file.Body, file.Metadata, file.FirstBodyLine);

    private static string LineOf(ContentFile file, int lineNumber) => file.FullText.Split('\n')[lineNumber - 1];
}
