using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>Helpers for JSON that arrives as text (request bodies, JSON-serialized form fields) or is built in code.</summary>
internal static class JsonText
{
    /// <summary>The parsed node, or null when <paramref name="text"/> is not a JSON object or array.</summary>
    public static JsonNode? TryParse(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A JSON number with no fractional part, whatever CLR type backs the node (a value built from an int does not
    /// convert to long through JsonValue.TryGetValue, so the number's text is read instead).
    /// </summary>
    public static bool TryGetInteger(JsonNode? node, out long value)
    {
        value = 0;
        if (node is not JsonValue number || number.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        var text = number.ToJsonString();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && Math.Floor(real) == real
            && real is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)real;
            return true;
        }

        return false;
    }
}
