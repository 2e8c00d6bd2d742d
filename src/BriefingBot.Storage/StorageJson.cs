using System.Text.Json.Serialization;

namespace BriefingBot.Storage;

/// <summary>Source-generated JSON for the few values stored as JSON text (alias lists, id lists, paragraph keys).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
[JsonSerializable(typeof(SqliteArticleStore.ParagraphKey[]))]
internal sealed partial class StorageJson : JsonSerializerContext;
