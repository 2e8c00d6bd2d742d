using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Checks a request against Discord's OpenAPI spec (specs/discord/openapi.json, found by
/// <see cref="OpenApiSpecLocator"/>): that a path template matches and has an operation for the method; that path and
/// query parameters match their schemas and no undeclared query parameter is sent; that the bot token is present where
/// the operation's security requires it; that the content type is one the operation accepts; and that the JSON body
/// (for multipart, the <c>payload_json</c> part) matches the request schema, as <see cref="OpenApiSchemaChecker"/> does.
/// For multipart it also checks the file parts are named <c>files[n]</c> (n &lt; 10) and each has an
/// <c>attachments</c> entry with id n.
/// </summary>
/// <remarks>
/// Not checked: response bodies and headers; request headers other than Authorization; rules only in the docs
/// (content at most 2,000 characters where the spec says 4,000, the 6,000-character embed total, <c>parse</c> with
/// <c>users</c>/<c>roles</c>, autocomplete with choices, required options before optional ones); formats other than
/// uri, date-time and int32; patterns .NET regex cannot compile (e.g. <c>\p{sc=Deva}</c> in command names); oneOf
/// discriminators (a oneOf must match exactly one alternative, whatever its discriminator says); if/then/else, not,
/// patternProperties and the other keywords Discord's spec does not use.
/// </remarks>
public sealed class DiscordOpenApiValidator
{
    private static readonly Lazy<DiscordOpenApiValidator> Shared = new(() => Load(OpenApiSpecLocator.Find()));
    private static readonly Regex FilePart = new(@"^files\[(\d)\]$", RegexOptions.CultureInvariant);

    private readonly JsonElement _paths;
    private readonly OpenApiSchemaChecker _checker;
    private readonly string _basePath;

    private DiscordOpenApiValidator(JsonDocument spec, string specPath)
    {
        var root = spec.RootElement;
        SpecPath = specPath;
        _paths = root.GetProperty("paths");
        _checker = new OpenApiSchemaChecker(root);
        var server = root.GetProperty("servers")[0].GetProperty("url").GetString()!;
        _basePath = new Uri(server).AbsolutePath.TrimEnd('/');
    }

    /// <summary>The validator for the spec <see cref="OpenApiSpecLocator"/> finds, loaded once.</summary>
    public static DiscordOpenApiValidator Default => Shared.Value;

    public string SpecPath { get; }

    public static DiscordOpenApiValidator Load(string specPath)
    {
        using var stream = File.OpenRead(specPath);
        return new DiscordOpenApiValidator(JsonDocument.Parse(stream), specPath);
    }

    /// <summary>The problems with a request the fake recorded; empty when it matches the spec.</summary>
    public IReadOnlyList<string> Validate(RecordedDiscordRequest request) =>
        Validate(request.HttpMethod, request.Path, request.Query, request.ContentType, request.Json, request.Parts, request.Authorization);

    /// <summary>The problems with a request; <paramref name="path"/> may include the spec's base path (/api/v10).</summary>
    public IReadOnlyList<string> Validate(string method, string path, string query, string? contentType, JsonNode? body,
        IReadOnlyList<RecordedPart>? parts = null, AuthorizationKind? authorization = null)
    {
        var problems = new List<string>();
        var relative = path.StartsWith(_basePath + "/", StringComparison.Ordinal) ? path[_basePath.Length..] : path;
        if (FindPath(relative) is not { } found)
        {
            problems.Add($"{method} {relative}: no path in the spec matches");
            return problems;
        }

        var (template, pathItem, values) = found;
        var where = $"{method.ToUpperInvariant()} {template}";
        if (!pathItem.TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            problems.Add($"{where}: the spec has no {method.ToUpperInvariant()} operation on this path");
            return problems;
        }

        var parameters = Parameters(pathItem).Concat(Parameters(operation)).ToList();
        CheckPathParameters(where, parameters, values, problems);
        CheckQuery(where, parameters, query, problems);
        CheckSecurity(where, operation, authorization, problems);
        CheckBody(where, operation, contentType, body, parts ?? [], problems);
        return problems;
    }

    /// <summary>The operationId of the operation a request would hit, or null.</summary>
    public string? OperationId(string method, string path)
    {
        var relative = path.StartsWith(_basePath + "/", StringComparison.Ordinal) ? path[_basePath.Length..] : path;
        return FindPath(relative) is { Item: var item } && item.TryGetProperty(method.ToLowerInvariant(), out var operation)
            && operation.TryGetProperty("operationId", out var id) ? id.GetString() : null;
    }

    // The template with the most literal segments wins, so /messages/@original beats /messages/{message_id}.
    private (string Template, JsonElement Item, Dictionary<string, string> Values)? FindPath(string relative)
    {
        var segments = relative.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        (string, JsonElement, Dictionary<string, string>)? best = null;
        var bestLiterals = -1;
        foreach (var candidate in _paths.EnumerateObject())
        {
            var template = candidate.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (template.Length != segments.Length)
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var literals = 0;
            var matched = true;
            for (var i = 0; i < template.Length && matched; i++)
            {
                if (template[i].StartsWith('{') && template[i].EndsWith('}'))
                {
                    values[template[i][1..^1]] = Uri.UnescapeDataString(segments[i]);
                }
                else if (template[i] == segments[i])
                {
                    literals++;
                }
                else
                {
                    matched = false;
                }
            }

            if (matched && literals > bestLiterals)
            {
                best = (candidate.Name, candidate.Value, values);
                bestLiterals = literals;
            }
        }

        return best;
    }

    private static IEnumerable<JsonElement> Parameters(JsonElement item) =>
        item.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : [];

    private void CheckPathParameters(string where, List<JsonElement> parameters, Dictionary<string, string> values, List<string> problems)
    {
        foreach (var (name, value) in values)
        {
            var declared = parameters.FirstOrDefault(p => p.GetProperty("in").GetString() == "path" && p.GetProperty("name").GetString() == name);
            if (declared.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: path parameter {name} is not declared");
                continue;
            }

            problems.AddRange(CheckText(declared.GetProperty("schema"), value, $"{where} path {name}"));
        }
    }

    private void CheckQuery(string where, List<JsonElement> parameters, string query, List<string> problems)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
            var declared = parameters.FirstOrDefault(p => p.GetProperty("in").GetString() == "query" && p.GetProperty("name").GetString() == name);
            if (declared.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: query parameter {name} is not in the spec");
                continue;
            }

            problems.AddRange(CheckText(declared.GetProperty("schema"), value, $"{where} query {name}"));
        }
    }

    // A path or query value is text; it is checked as the JSON value it stands for.
    private List<string> CheckText(JsonElement schema, string value, string where)
    {
        JsonElement asJson;
        if (value is "true" or "false" || (value.Length > 0 && value.Length <= 15 && value.All(char.IsAsciiDigit) && !AcceptsString(schema)))
        {
            asJson = JsonDocument.Parse(value).RootElement;
        }
        else
        {
            asJson = JsonSerializer.SerializeToElement(value, OpenApiJsonContext.Default.String);
        }

        return _checker.Check(schema, asJson, where);
    }

    private bool AcceptsString(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return AcceptsString(_checker.Resolve(reference.GetString()!));
        }

        return schema.TryGetProperty("type", out var type)
            && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "string") : type.GetString() == "string");
    }

    private static void CheckSecurity(string where, JsonElement operation, AuthorizationKind? authorization, List<string> problems)
    {
        if (authorization is not { } kind || !operation.TryGetProperty("security", out var security))
        {
            return;
        }

        var options = security.EnumerateArray().ToList();
        var anonymousAllowed = options.Any(o => !o.EnumerateObject().Any());
        var botAllowed = options.Any(o => o.TryGetProperty("BotToken", out _));
        if (!anonymousAllowed && botAllowed && kind != AuthorizationKind.BotToken)
        {
            problems.Add($"{where}: needs Authorization: Bot <token>, but the request had {kind}");
        }
    }

    private void CheckBody(string where, JsonElement operation, string? contentType, JsonNode? body, IReadOnlyList<RecordedPart> parts, List<string> problems)
    {
        var hasBody = body is not null || parts.Count > 0;
        if (!operation.TryGetProperty("requestBody", out var requestBody))
        {
            if (hasBody)
            {
                problems.Add($"{where}: the spec defines no request body, but one was sent");
            }

            return;
        }

        if (!hasBody)
        {
            if (requestBody.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True)
            {
                problems.Add($"{where}: the request body is required");
            }

            return;
        }

        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var content = requestBody.GetProperty("content");
        if (!content.TryGetProperty(media, out var mediaType))
        {
            problems.Add($"{where}: content type \"{media}\" is not one of {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
            return;
        }

        var schema = mediaType.GetProperty("schema");
        if (media == "multipart/form-data")
        {
            CheckMultipart(where, schema, body, parts, problems);
            return;
        }

        problems.AddRange(_checker.Check(schema, ToElement(body), "body"));
    }

    private void CheckMultipart(string where, JsonElement schema, JsonNode? payload, IReadOnlyList<RecordedPart> parts, List<string> problems)
    {
        var declared = _checker.DeclaredProperties(schema);
        var fileIndexes = new List<int>();
        foreach (var part in parts.Where(p => p.Name != "payload_json"))
        {
            var match = FilePart.Match(part.Name);
            if (!match.Success)
            {
                problems.Add($"{where}: multipart part \"{part.Name}\" is neither payload_json nor files[n] (n < 10)");
                continue;
            }

            fileIndexes.Add(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var value = payload?.DeepClone() ?? new JsonObject();
        if (value is JsonObject merged && declared.Contains("files[0]"))
        {
            // The spec declares the file parts beside the payload's fields; check them together.
            foreach (var index in fileIndexes)
            {
                merged[$"files[{index}]"] = "(binary)";
            }
        }

        problems.AddRange(_checker.Check(schema, ToElement(value), "payload_json"));
        var attachmentIds = (payload?["attachments"] as JsonArray ?? []).Select(a => a?["id"]?.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var index in fileIndexes.Where(i => !attachmentIds.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            problems.Add($"{where}: files[{index}] has no attachments entry with id {index} in payload_json");
        }
    }

    private static JsonElement ToElement(JsonNode? node) =>
        node is null ? JsonDocument.Parse("null").RootElement : JsonDocument.Parse(node.ToJsonString()).RootElement;
}
