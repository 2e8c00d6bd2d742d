using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.1 (JSON Schema 2020-12) schema from the spec: $ref (local), type (with
/// "null" and arrays of types), enum, const, required, properties, additionalProperties (absent means no other
/// properties: Discord's spec leaves it out, and an unknown property is almost always a misspelt one), string length and
/// pattern, formats uri/date-time/int32/int64, number ranges, array items and sizes, uniqueItems, allOf, anyOf and
/// oneOf (exactly one). Integers whose schema allows values past 2^53 may be sent as decimal strings, as Discord's docs
/// ask for permission bit sets such as default_member_permissions.
/// </summary>
internal sealed class OpenApiSchemaChecker(JsonElement root)
{
    private const int MaxDepth = 64;
    private static readonly decimal SafeInteger = 9007199254740991m;
    private readonly Dictionary<string, Regex?> _patterns = new(StringComparer.Ordinal);

    public List<string> Check(JsonElement schema, JsonElement value, string path)
    {
        var problems = new List<string>();
        Check(schema, value, path, problems, 0, checkUnknown: true);
        return problems;
    }

    public JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $refs are supported, not {reference}.");
        }

        var node = root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }

    /// <summary>The property names a schema declares, through $ref and allOf.</summary>
    public HashSet<string> DeclaredProperties(JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, names, out _, 0);
        return names;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> problems, int depth, bool checkUnknown)
    {
        if (depth > MaxDepth || schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            problems.Add($"{path}: not allowed here");
            return;
        }

        // Unknown properties are judged once, against everything this schema and its $ref/allOf declare together.
        var judgeUnknownHere = checkUnknown && value.ValueKind == JsonValueKind.Object && DeclaresObjectShape(schema);
        var passDown = checkUnknown && !judgeUnknownHere;

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, problems, depth + 1, passDown);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, schema, value))
        {
            problems.Add($"{path}: expected {Describe(type)}, found {KindOf(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => SameValue(o, value)))
        {
            problems.Add($"{path}: {Short(value)} is not one of {Short(options)}");
        }

        if (schema.TryGetProperty("const", out var constant) && !SameValue(constant, value))
        {
            problems.Add($"{path}: {Short(value)} is not {Short(constant)}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(schema, value, path, problems);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value.GetDecimal(), path, problems);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, path, problems, depth);
                break;
            case JsonValueKind.Object:
                CheckObject(schema, value, path, problems, depth, judgeUnknownHere);
                break;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var member in allOf.EnumerateArray())
            {
                Check(member, value, path, problems, depth + 1, passDown);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            CheckAlternatives(anyOf, value, path, problems, depth, exactlyOne: false);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckAlternatives(oneOf, value, path, problems, depth, exactlyOne: true);
        }
    }

    private void CheckAlternatives(JsonElement alternatives, JsonElement value, string path, List<string> problems, int depth, bool exactlyOne)
    {
        var results = alternatives.EnumerateArray()
            .Select(alternative => (Name: NameOf(alternative), Problems: Check(alternative, value, path, depth)))
            .ToList();
        var passing = results.Count(r => r.Problems.Count == 0);
        if (passing == 0)
        {
            var closest = results.OrderBy(r => r.Problems.Count).First();
            problems.Add($"{path}: matches none of the {results.Count} alternatives; closest ({closest.Name}): {string.Join("; ", closest.Problems.Take(3))}");
        }
        else if (exactlyOne && passing > 1)
        {
            problems.Add($"{path}: matches {passing} alternatives of a oneOf ({string.Join(", ", results.Where(r => r.Problems.Count == 0).Select(r => r.Name))}), not exactly one");
        }
    }

    private List<string> Check(JsonElement schema, JsonElement value, string path, int depth)
    {
        var problems = new List<string>();
        Check(schema, value, path, problems, depth + 1, checkUnknown: true);
        return problems;
    }

    private void CheckString(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        var text = value.GetString()!;
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            problems.Add($"{path}: {length} characters, fewer than {min.GetInt32()}");
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            problems.Add($"{path}: {length} characters, more than {max.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && Pattern(pattern.GetString()!) is { } regex && !regex.IsMatch(text))
        {
            problems.Add($"{path}: \"{Truncate(text)}\" does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format))
        {
            var bad = format.GetString() switch
            {
                "uri" => !Uri.TryCreate(text, UriKind.Absolute, out _),
                "date-time" => !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
                _ => false,
            };
            if (bad)
            {
                problems.Add($"{path}: \"{Truncate(text)}\" is not a valid {format.GetString()}");
            }
        }

        // A decimal string standing for a large integer (see TypeMatches) is held to the integer's range.
        if (AllowsType(schema, "integer") && !AllowsType(schema, "string") && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            CheckNumber(schema, number, path, problems);
        }
    }

    private static void CheckNumber(JsonElement schema, decimal number, string path, List<string> problems)
    {
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDecimal())
        {
            problems.Add($"{path}: {number} is below the minimum {min.GetDecimal()}");
        }

        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDecimal())
        {
            problems.Add($"{path}: {number} is above the maximum {max.GetDecimal()}");
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var xmin) && xmin.ValueKind == JsonValueKind.Number && number <= xmin.GetDecimal())
        {
            problems.Add($"{path}: {number} is not above {xmin.GetDecimal()}");
        }

        if (schema.TryGetProperty("exclusiveMaximum", out var xmax) && xmax.ValueKind == JsonValueKind.Number && number >= xmax.GetDecimal())
        {
            problems.Add($"{path}: {number} is not below {xmax.GetDecimal()}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() is "int32" && number is < int.MinValue or > int.MaxValue)
        {
            problems.Add($"{path}: {number} is outside int32");
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> problems, int depth)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            problems.Add($"{path}: {count} items, fewer than {min.GetInt32()}");
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            problems.Add($"{path}: {count} items, more than {max.GetInt32()}");
        }

        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items.Skip(i + 1).Any(other => JsonElement.DeepEquals(items[i], other)))
                {
                    problems.Add($"{path}: item {i} is repeated, but items must be unique");
                    break;
                }
            }
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", problems, depth + 1, checkUnknown: true);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> problems, int depth, bool judgeUnknown)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    problems.Add($"{path}: the required property \"{name}\" is missing");
                }
            }
        }

        var count = value.EnumerateObject().Count();
        if (schema.TryGetProperty("maxProperties", out var max) && count > max.GetInt32())
        {
            problems.Add($"{path}: {count} properties, more than {max.GetInt32()}");
        }

        schema.TryGetProperty("properties", out var properties);
        foreach (var property in value.EnumerateObject())
        {
            var child = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, child, problems, depth + 1, checkUnknown: true);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, child, problems, depth + 1, checkUnknown: true);
            }
        }

        if (!judgeUnknown)
        {
            return;
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, declared, out var openEnded, 0);
        if (openEnded)
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!declared.Contains(property.Name))
            {
                problems.Add($"{path}: unknown property \"{property.Name}\"");
            }
        }
    }

    // Whether a schema (with its $ref and allOf) describes an object's properties, so that unknown ones can be judged.
    private bool DeclaresObjectShape(JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, names, out var openEnded, 0);
        return names.Count > 0 || openEnded || schema.TryGetProperty("additionalProperties", out _);
    }

    private void Collect(JsonElement schema, HashSet<string> names, out bool openEnded, int depth)
    {
        openEnded = false;
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                names.Add(property.Name);
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False)
        {
            openEnded = true;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Collect(Resolve(reference.GetString()!), names, out var open, depth + 1);
            openEnded |= open;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var member in allOf.EnumerateArray())
            {
                Collect(member, names, out var open, depth + 1);
                openEnded |= open;
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement schema, JsonElement value)
    {
        var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        var kind = KindOf(value);
        if (allowed.Contains(kind) || (kind == "integer" && allowed.Contains("number")))
        {
            return true;
        }

        // Discord sends 53-bit-plus integers (permission bit sets) as strings; its spec still types them as integers.
        return kind == "string" && allowed.Contains("integer")
            && schema.TryGetProperty("maximum", out var maximum) && maximum.GetDecimal() > SafeInteger
            && value.GetString() is { Length: > 0 and <= 20 } text && text.All(char.IsAsciiDigit);
    }

    private static bool AllowsType(JsonElement schema, string wanted) =>
        schema.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == wanted) : type.GetString() == wanted);

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.String => "string",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        JsonValueKind.Number => value.TryGetDecimal(out var d) && decimal.Truncate(d) == d ? "integer" : "number",
        _ => "undefined",
    };

    private static bool SameValue(JsonElement expected, JsonElement actual) =>
        expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number
            ? expected.GetDecimal() == actual.GetDecimal()
            : JsonElement.DeepEquals(expected, actual);

    private Regex? Pattern(string pattern)
    {
        lock (_patterns)
        {
            if (!_patterns.TryGetValue(pattern, out var regex))
            {
                try
                {
                    regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException)
                {
                    // A construct .NET does not support (e.g. \p{sc=Deva}): the pattern is not checked.
                    regex = null;
                }

                _patterns[pattern] = regex;
            }

            return regex;
        }
    }

    private static string NameOf(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()!.Split('/')[^1]
        : schema.TryGetProperty("title", out var title) ? title.GetString()!
        : schema.TryGetProperty("type", out var type) ? Describe(type)
        : "inline schema";

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString()!;

    private static string Short(JsonElement value) => Truncate(value.GetRawText());

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
