using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// Reads a case file (<c>corpus</c>, <c>now</c>, <c>cases</c>). The file as a whole must be valid YAML with a corpus
/// and a list of cases, or <see cref="CaseFileException"/> is thrown; anything wrong inside one case (an unknown key,
/// a value of the wrong shape) is kept as that case's problems, so the other cases still run.
/// </summary>
public static class CaseFileReader
{
    private static readonly HashSet<string> FileKeys = ["corpus", "now", "cases"];

    public static CaseFile Read(string path)
    {
        var root = LoadRoot(path);
        var unknown = root.Children.Keys.Select(YamlValues.KeyOf).Where(k => !FileKeys.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CaseFileException(path, $"unknown top-level key(s): {string.Join(", ", unknown)}");
        }

        var corpus = YamlValues.Scalar(root, "corpus") ?? throw new CaseFileException(path, "'corpus' is required");
        DateTimeOffset? now = null;
        if (YamlValues.Scalar(root, "now") is { } nowText)
        {
            now = YamlValues.TryParseInstant(nowText, out var instant) ? instant : throw new CaseFileException(path, $"'now' is not an instant: {nowText}");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("cases"), out var casesNode) || casesNode is not YamlSequenceNode cases)
        {
            throw new CaseFileException(path, "'cases' must be a list");
        }

        var read = cases.Children.Select((node, index) => CaseReader.Read(node, index, now)).ToList();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new CaseFile(path, Path.GetFullPath(Path.Combine(folder, corpus)), MarkDuplicateIds(read));
    }

    private static YamlMappingNode LoadRoot(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new CaseFileException(path, $"not valid YAML at line {ex.Start.Line}: {ex.Message.Split('\n')[0]}");
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new CaseFileException(path, "expected one YAML document with corpus, now and cases");
    }

    /// <summary>Two cases with one id could hide each other in the report: the later ones are marked malformed.</summary>
    private static List<EvaluationCase> MarkDuplicateIds(List<EvaluationCase> cases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. cases.Select(c => seen.Add(c.Id) ? c : c with { Problems = [.. c.Problems, $"duplicate id '{c.Id}'"] })];
    }
}

/// <summary>A case file that cannot be read at all.</summary>
public sealed class CaseFileException(string path, string problem)
    : Exception($"{Path.GetFileName(path)}: {problem}");
