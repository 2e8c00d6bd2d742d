using BriefingBot.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BriefingBot.Core.Dates;

/// <summary>
/// Reads <c>dated-items.yaml</c>: a list under <c>items:</c>, each with <c>action</c> (add, correct, suppress),
/// <c>article</c> (an article id), <c>match</c> (verbatim text of the sentence), and for add/correct a <c>date</c>
/// ("2026-02-04", "2026-02" or "2026"; a correction may leave it out to change only the label or event); optional
/// <c>label</c>, <c>expression</c> (which date of the sentence a correction is for, when it has several), <c>event</c>
/// (a name shared by items about the same event, so disagreeing dates are flagged) and <c>note</c> (why, for the next curator).
/// </summary>
public static class CuratedItemsParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static IReadOnlyList<CuratedItem> Parse(string path, string text)
    {
        Document? document;
        try
        {
            document = Yaml.Deserialize<Document>(text);
        }
        catch (YamlException ex)
        {
            throw new ContentFileException(path, (int)ex.Start.Line, "not valid YAML: " + ex.Message.Split('\n')[0]);
        }

        var items = new List<CuratedItem>();
        var entries = document?.Items ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"item #{i + 1}";
            if (!Enum.TryParse<CurationAction>(entry.Action, ignoreCase: true, out var action))
            {
                throw new ContentFileException(path, 1, $"{where}: 'action' must be add, correct or suppress");
            }

            if (string.IsNullOrWhiteSpace(entry.Article) || string.IsNullOrWhiteSpace(entry.Match))
            {
                throw new ContentFileException(path, 1, $"{where}: 'article' and 'match' are required");
            }

            DateSpan? when = null;
            var dateRequired = action == CurationAction.Add || (action == CurationAction.Correct && entry.Event is null && entry.Label is null);
            if (entry.Date is not null || dateRequired)
            {
                if (!DateSpan.TryParseIso(entry.Date, out var span))
                {
                    throw new ContentFileException(path, 1, $"{where}: 'date' must be a date such as 2026-02-04, 2026-02 or 2026");
                }

                when = span;
            }

            items.Add(new CuratedItem(
                action, entry.Article.Trim(), entry.Match.Trim(), when, Blank(entry.Label), Blank(entry.Expression), Blank(entry.Note), Blank(entry.Event)));
        }

        return items;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class Document
    {
        [YamlMember(Alias = "items")]
        public List<Entry>? Items { get; set; }
    }

    private sealed class Entry
    {
        [YamlMember(Alias = "action")]
        public string? Action { get; set; }

        [YamlMember(Alias = "article")]
        public string? Article { get; set; }

        [YamlMember(Alias = "match")]
        public string? Match { get; set; }

        [YamlMember(Alias = "date")]
        public string? Date { get; set; }

        [YamlMember(Alias = "label")]
        public string? Label { get; set; }

        [YamlMember(Alias = "expression")]
        public string? Expression { get; set; }

        [YamlMember(Alias = "note")]
        public string? Note { get; set; }

        [YamlMember(Alias = "event")]
        public string? Event { get; set; }
    }
}
