using System.Text.Json;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Turns the nested <c>errors</c> of an error body into lines such as
/// <c>embeds.0.description: BASE_TYPE_MAX_LENGTH: Must be 4096 or fewer in length.</c>
/// </summary>
internal static class FieldErrorFlattener
{
    private const int MaxLines = 20;

    public static IReadOnlyList<string> Flatten(JsonElement? errors)
    {
        var lines = new List<string>();
        if (errors is { ValueKind: JsonValueKind.Object } root)
        {
            Walk(root, "", lines, depth: 0);
        }

        return lines;
    }

    private static void Walk(JsonElement node, string path, List<string> lines, int depth)
    {
        if (depth > 16 || lines.Count >= MaxLines)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var code = error.TryGetProperty("code", out var c) ? c.ToString() : "?";
                    var message = error.TryGetProperty("message", out var m) ? m.ToString() : "";
                    lines.Add($"{(path.Length == 0 ? "(body)" : path)}: {code}: {message}");
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", lines, depth + 1);
            }
        }
    }
}
