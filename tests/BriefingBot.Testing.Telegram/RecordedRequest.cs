using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>One request received by <see cref="FakeBotApiServer"/>, whatever its content type.</summary>
/// <remarks>
/// <see cref="Parameters"/> holds JSON values as sent for <see cref="RequestEncoding.Json"/> bodies and strings for
/// query, form and multipart requests; the Get* helpers read either form.
/// </remarks>
public sealed class RecordedRequest(
    string method,
    JsonObject parameters,
    RequestEncoding encoding = RequestEncoding.Json,
    IReadOnlyList<UploadedFile>? files = null)
{
    /// <summary>The Bot API method, spelled as the spec spells it when the fake knows it (method names are case-insensitive).</summary>
    public string Method { get; } = method;

    /// <summary>The request's parameters.</summary>
    public JsonObject Parameters { get; } = parameters;

    /// <summary>How the parameters were sent.</summary>
    public RequestEncoding Encoding { get; } = encoding;

    /// <summary>File parts of a multipart request.</summary>
    public IReadOnlyList<UploadedFile> Files { get; } = files ?? [];

    /// <summary>1 for the first request the server received, then increasing.</summary>
    public long Sequence { get; init; }

    /// <summary>When the server received the request (from the server's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>"GET" or "POST".</summary>
    public string HttpMethod { get; init; } = "POST";

    /// <summary>The request's Content-Type header, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body as text for JSON and form requests; null for multipart or empty bodies.</summary>
    public string? RawBody { get; init; }

    /// <summary>False when the URL carried a token other than the server's.</summary>
    public bool Authorized { get; init; } = true;

    /// <summary>The fault that the server injected into its answer, if any.</summary>
    public FakeFault? Fault { get; init; }

    /// <summary>True when the parameter was sent (or uploaded as a file part of that name).</summary>
    public bool Has(string name) => Parameters.ContainsKey(name) || Files.Any(f => f.FieldName == name);

    /// <summary>The parameter as text: a JSON string's value, or the raw JSON of any other value.</summary>
    public string? GetString(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var node => node.ToJsonString(),
    };

    /// <summary>The parameter as an integer, whether sent as a JSON number or as text.</summary>
    public long? GetInt64(string name) => Parameters[name] switch
    {
        var node when JsonText.TryGetInteger(node, out var number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && long.TryParse(value.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The parameter as a boolean, whether sent as JSON true/false or as text ("true", "True").</summary>
    public bool? GetBoolean(string name) => Parameters[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && bool.TryParse(value.GetValue<string>(), out var parsed) => parsed,
        _ => null,
    };

    /// <summary>
    /// The parameter as JSON: objects and arrays as sent in a JSON body, or parsed from the string that a form or
    /// multipart request carries ("JSON-serialized" parameters). Plain strings come back as JSON strings.
    /// </summary>
    public JsonNode? GetJson(string name)
    {
        var node = Parameters[name];
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && Encoding != RequestEncoding.Json)
        {
            var text = value.GetValue<string>();
            return JsonText.TryParse(text) ?? JsonValue.Create(text);
        }

        return node?.DeepClone();
    }

    /// <summary>
    /// The file sent for an InputFile parameter: the part that <c>attach://NAME</c> points to, or a part uploaded
    /// under the parameter's own name.
    /// </summary>
    public UploadedFile? GetFile(string name)
    {
        var value = GetString(name);
        if (value is not null && value.StartsWith(AttachPrefix, StringComparison.Ordinal))
        {
            var partName = value[AttachPrefix.Length..];
            return Files.FirstOrDefault(f => f.FieldName == partName);
        }

        return Files.FirstOrDefault(f => f.FieldName == name);
    }

    /// <inheritdoc/>
    public override string ToString() => $"#{Sequence} {Method} {Parameters.ToJsonString()}";

    internal const string AttachPrefix = "attach://";
}
