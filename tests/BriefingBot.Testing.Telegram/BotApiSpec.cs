using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// The machine-readable Bot API spec (specs/telegram/api.json), used to check that what a client sends is a
/// request Telegram would accept: the method exists, required fields are present, no field is unknown, and each value
/// has one of the field's types, objects checked field by field against the spec's types.
/// </summary>
public sealed partial class BotApiSpec
{
    private readonly Dictionary<string, SpecEntry> _methods;
    private readonly Dictionary<string, SpecEntry> _types;

    private BotApiSpec(string version, Dictionary<string, SpecEntry> methods, Dictionary<string, SpecEntry> types)
    {
        Version = version;
        _methods = methods;
        _types = types;
    }

    /// <summary>The spec's version line, e.g. "Bot API 10.1".</summary>
    public string Version { get; }

    /// <summary>Every method name, spelled as the spec spells it.</summary>
    public IReadOnlyCollection<string> MethodNames => [.. _methods.Values.Select(m => m.Name)];

    /// <summary>Every type name (Message, InlineKeyboardMarkup, …).</summary>
    public IReadOnlyCollection<string> TypeNames => _types.Keys;

    /// <summary>Loads the spec from <paramref name="path"/>, or from where <see cref="BotApiSpecLocator.Find"/> finds it.</summary>
    public static BotApiSpec Load(string? path = null)
    {
        path ??= BotApiSpecLocator.Find();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Telegram Bot API spec not found at {Path.GetFullPath(path)}.", path);
        }

        using var stream = File.OpenRead(path);
        var root = JsonNode.Parse(stream) as JsonObject
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        return new BotApiSpec(
            root["version"]?.GetValue<string>() ?? "unknown",
            ReadEntries(root["methods"], StringComparer.OrdinalIgnoreCase),
            ReadEntries(root["types"], StringComparer.Ordinal));
    }

    /// <summary>True when the spec has the method (case-insensitive, as Telegram is).</summary>
    public bool HasMethod(string method) => _methods.ContainsKey(method);

    /// <summary>
    /// The problems with a request, one readable line each (empty when Telegram would accept it). Values of form and
    /// multipart requests are text, so there an integer may be "42", a boolean "true"/"True", and an array or object
    /// a JSON string; JSON bodies must use real JSON types.
    /// </summary>
    public IReadOnlyList<string> Validate(RecordedRequest request)
    {
        if (!_methods.TryGetValue(request.Method, out var method))
        {
            return [$"{request.Method}: unknown method"];
        }

        var problems = new List<string>();
        var textual = request.Encoding != RequestEncoding.Json;
        var uploads = request.Files.Select(f => f.FieldName).ToHashSet(StringComparer.Ordinal);
        var checker = new SpecValueChecker(_types, problems);
        var directUploads = uploads.Where(method.Fields.ContainsKey).ToHashSet(StringComparer.Ordinal);
        checker.CheckFields(method.Name, method, request.Parameters, textual, directUploads);

        var attached = AttachReference().Matches(request.Parameters.ToJsonString()).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var part in attached.Where(a => !uploads.Contains(a)))
        {
            problems.Add($"{method.Name}: attach://{part} refers to no uploaded file part");
        }

        foreach (var part in uploads.Where(u => !attached.Contains(u) && !directUploads.Contains(u)))
        {
            problems.Add($"{method.Name}: file part '{part}' is neither a field nor referenced by attach://{part}");
        }

        return problems;
    }

    /// <summary>The problems with a JSON value of a spec type, e.g. ValidateType("Update", update).</summary>
    public IReadOnlyList<string> ValidateType(string typeName, JsonNode? value)
    {
        if (!_types.ContainsKey(typeName))
        {
            return [$"{typeName}: unknown type"];
        }

        var problems = new List<string>();
        new SpecValueChecker(_types, problems).CheckValue(typeName, value, [typeName], textual: false);
        return problems;
    }

    private static Dictionary<string, SpecEntry> ReadEntries(JsonNode? section, StringComparer comparer)
    {
        var entries = new Dictionary<string, SpecEntry>(comparer);
        foreach (var (name, node) in section as JsonObject ?? [])
        {
            var fields = new Dictionary<string, SpecField>(StringComparer.Ordinal);
            foreach (var field in node?["fields"] as JsonArray ?? [])
            {
                var fieldName = field!["name"]!.GetValue<string>();
                var types = (field["types"] as JsonArray ?? []).Select(t => t!.GetValue<string>()).ToList();
                var description = field["description"]?.GetValue<string>() ?? "";
                fields[fieldName] = new SpecField(fieldName, types, field["required"]?.GetValue<bool>() ?? false, Constant(fieldName, description));
            }

            var subtypes = (node?["subtypes"] as JsonArray ?? []).Select(s => s!.GetValue<string>()).ToList();
            entries[name] = new SpecEntry(name, fields, subtypes);
        }

        return entries;
    }

    // Discriminators are described as "Scope type, must be chat" or "… status in the chat, always “creator”".
    private static string? Constant(string fieldName, string description) =>
        fieldName is "type" or "status" or "source" && Discriminator().Match(description) is { Success: true } match
            ? match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value
            : null;

    [GeneratedRegex("""(?:always [“"]([a-z0-9_]+)[”"]|must be ([a-z0-9_]+))\.?\s*$""")]
    private static partial Regex Discriminator();

    [GeneratedRegex("attach://([A-Za-z0-9_.-]+)")]
    private static partial Regex AttachReference();
}
