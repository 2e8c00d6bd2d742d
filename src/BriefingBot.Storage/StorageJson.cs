using System.Text.Json.Serialization;

namespace BriefingBot.Storage;

/// <summary>Source-generated JSON for the few values stored as JSON text (alias lists, id lists).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class StorageJson : JsonSerializerContext;
