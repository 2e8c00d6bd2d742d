using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Json;

/// <summary>
/// Snowflakes and permission bit sets: <see cref="ulong"/> in C#, decimal strings on the wire, as Discord sends them
/// (never a double, which would lose digits past 2^53). A bare JSON integer is accepted when reading.
/// </summary>
internal sealed class SnowflakeJsonConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a snowflake string, found {reader.TokenType}.");
        }

        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return Utf8Parser.TryParse(span, out ulong value, out var consumed) && consumed == span.Length
            ? value
            : throw new JsonException("A snowflake must be a decimal string of digits.");
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }
}
