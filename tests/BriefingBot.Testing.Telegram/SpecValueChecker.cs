using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// Checks JSON values against api.json type expressions ("Integer", "Array of Array of InlineKeyboardButton",
/// "InlineKeyboardMarkup", …), recursing into objects, and adds one line per problem to <paramref name="problems"/>.
/// "Textual" values come from form or multipart requests, where everything is a string and arrays and objects are
/// JSON-serialized; values parsed out of such a string are real JSON again.
/// </summary>
internal sealed class SpecValueChecker(IReadOnlyDictionary<string, SpecEntry> types, List<string> problems)
{
    private const string ArrayOf = "Array of ";
    private const int MaxDepth = 32;

    /// <summary>Required fields present (or uploaded as parts named like them), no unknown fields, values of the right types.</summary>
    public void CheckFields(string path, SpecEntry entry, JsonObject value, bool textual, IReadOnlySet<string>? presentAsFiles = null, int depth = 0)
    {
        foreach (var field in entry.Fields.Values.Where(f => f.Required))
        {
            if (!value.ContainsKey(field.Name) && presentAsFiles?.Contains(field.Name) != true)
            {
                problems.Add($"{path}: missing required field '{field.Name}'");
            }
        }

        foreach (var (name, fieldValue) in value)
        {
            if (!entry.Fields.TryGetValue(name, out var field))
            {
                problems.Add($"{path}: unknown field '{name}'");
                continue;
            }

            var fieldPath = $"{path}.{name}";
            if (field.Constant is { } constant && fieldValue is JsonValue text && text.GetValueKind() == JsonValueKind.String
                && text.GetValue<string>() != constant)
            {
                problems.Add($"{fieldPath}: must be \"{constant}\", got \"{text.GetValue<string>()}\"");
                continue;
            }

            CheckValue(fieldPath, fieldValue, field.Types, textual, depth + 1);
        }
    }

    /// <summary>The value must match one of <paramref name="alternatives"/>; otherwise reports why the closest one failed.</summary>
    public void CheckValue(string path, JsonNode? value, IReadOnlyList<string> alternatives, bool textual, int depth = 0)
    {
        List<string>? closest = null;
        foreach (var type in alternatives)
        {
            var attempt = new List<string>();
            var checker = new SpecValueChecker(types, attempt);
            if (!checker.HasShape(path, value, type, textual, depth))
            {
                continue;
            }

            if (attempt.Count == 0)
            {
                return;
            }

            if (closest is null || attempt.Count < closest.Count)
            {
                closest = attempt;
            }
        }

        if (closest is not null)
        {
            problems.AddRange(closest);
        }
        else
        {
            problems.Add($"{path}: expected {string.Join(" or ", alternatives)}, got {Describe(value)}");
        }
    }

    // False when the value is not even the right kind of JSON for the type; nested problems go to this checker's list.
    private bool HasShape(string path, JsonNode? value, string type, bool textual, int depth)
    {
        if (depth > MaxDepth)
        {
            return true;
        }

        var kind = value?.GetValueKind();
        var text = kind == JsonValueKind.String ? value!.GetValue<string>() : null;
        switch (type)
        {
            case "Integer":
                return JsonText.TryGetInteger(value, out _)
                    || (textual && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
            case "Float":
                return kind == JsonValueKind.Number
                    || (textual && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            case "String":
                return kind == JsonValueKind.String;
            case "Boolean" or "True":
                return kind is JsonValueKind.True or JsonValueKind.False
                    || (textual && bool.TryParse(text, out _));
            case "InputFile":
                return text is not null; // a file_id, a URL, or "attach://<part>" (checked by BotApiSpec.Validate)
        }

        var structured = textual && text is not null ? JsonText.TryParse(text) : value;
        if (type.StartsWith(ArrayOf, StringComparison.Ordinal))
        {
            if (structured is not JsonArray array)
            {
                return false;
            }

            var elementType = type[ArrayOf.Length..];
            for (var i = 0; i < array.Count; i++)
            {
                CheckValue($"{path}[{i}]", array[i], [elementType], textual: false, depth + 1);
            }

            return true;
        }

        if (!types.TryGetValue(type, out var entry))
        {
            return true; // A type the spec does not describe: nothing to check against.
        }

        if (structured is not JsonObject obj)
        {
            return false;
        }

        if (entry.Subtypes.Count > 0)
        {
            CheckSubtypes(path, entry, obj, depth);
        }
        else if (entry.Fields.Count > 0)
        {
            CheckFields(path, entry, obj, textual: false, depth: depth + 1);
        }

        return true;
    }

    // A subtype whose discriminator ("type", "status", "source") matches the value is the only candidate; a tag that
    // matches no subtype is reported as such rather than as the closest subtype's complaint.
    private void CheckSubtypes(string path, SpecEntry entry, JsonObject value, int depth)
    {
        var discriminators = entry.Subtypes
            .Select(name => (Name: name, Field: types.GetValueOrDefault(name)?.Discriminator))
            .ToList();
        var tagNames = discriminators.Select(d => d.Field?.Name).Distinct().ToList();
        var tagName = tagNames.Count == 1 ? tagNames[0] : null;
        if (tagName is not null && value[tagName] is JsonValue tag && tag.GetValueKind() == JsonValueKind.String)
        {
            var match = discriminators.FirstOrDefault(d => d.Field!.Constant == tag.GetValue<string>());
            if (match.Name is null)
            {
                var allowed = string.Join(", ", discriminators.Select(d => $"\"{d.Field!.Constant}\""));
                problems.Add($"{path}.{tagName}: expected one of {allowed}, got \"{tag.GetValue<string>()}\"");
                return;
            }

            CheckValue(path, value, [match.Name], textual: false, depth + 1);
            return;
        }

        CheckValue(path, value, entry.Subtypes, textual: false, depth + 1);
    }

    private static string Describe(JsonNode? value)
    {
        var json = value?.ToJsonString() ?? "null";
        return json.Length > 60 ? json[..57] + "..." : json;
    }
}
