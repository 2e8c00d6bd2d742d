using System.Text.Json.Serialization;

namespace BriefingBot.Testing.Discord;

/// <summary>Source-generated JSON for the few values the validator serializes itself.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class OpenApiJsonContext : JsonSerializerContext;
