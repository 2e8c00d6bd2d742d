using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BriefingBot.Core.Content;

/// <summary>Reads <c>topics.yaml</c>: a list of topics, each with an id slug, a name and aliases.</summary>
public static class TopicCatalogParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static IReadOnlyList<Topic> Parse(string path, string text)
    {
        TopicsDocument? document;
        try
        {
            document = Yaml.Deserialize<TopicsDocument>(text);
        }
        catch (YamlException ex)
        {
            throw new ContentFileException(path, (int)ex.Start.Line, "not valid topics YAML: " + ex.Message.Split('\n')[0]);
        }

        if (document?.Topics is not { Count: > 0 } entries)
        {
            throw new ContentFileException(path, 1, "expected a 'topics:' list with at least one topic");
        }

        var topics = new List<Topic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"topic #{i + 1}";
            if (string.IsNullOrWhiteSpace(entry.Id) || !seen.Add(entry.Id.Trim()))
            {
                throw new ContentFileException(path, 1, $"{where} needs a unique 'id'");
            }

            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new ContentFileException(path, 1, $"{where} ('{entry.Id}') needs a 'name'");
            }

            var aliases = (entry.Aliases ?? [])
                .Where(a => !string.IsNullOrWhiteSpace(a))
                .Select(a => a.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
            topics.Add(new Topic(entry.Id.Trim(), entry.Name.Trim(), aliases));
        }

        return topics;
    }

    private sealed class TopicsDocument
    {
        [YamlMember(Alias = "topics")]
        public List<TopicEntry>? Topics { get; set; }
    }

    private sealed class TopicEntry
    {
        [YamlMember(Alias = "id")]
        public string? Id { get; set; }

        [YamlMember(Alias = "name")]
        public string? Name { get; set; }

        [YamlMember(Alias = "aliases")]
        public List<string>? Aliases { get; set; }
    }
}
