using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BriefingBot.Evaluation.Runner;

/// <summary>Reading scalars and lists out of YAML nodes, as the raw text written (so 2026-02-04 stays a string).</summary>
internal static class YamlValues
{
    public static string KeyOf(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>A list of scalars; a single scalar is read as a list of one. Null when the node is neither.</summary>
    public static IReadOnlyList<string>? List(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => [value],
        YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
            [.. sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "")],
        _ => null,
    };

    public static bool TryParseInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
