using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Discord;

/// <summary>Reads a request body: JSON, or multipart/form-data with <c>payload_json</c> and <c>files[n]</c>.</summary>
internal static class RequestBodyReader
{
    public static async Task<(JsonNode? Json, IReadOnlyList<RecordedPart> Parts, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var parts = new List<RecordedPart>();
            foreach (var field in form)
            {
                parts.Add(new RecordedPart(field.Key, null, null, System.Text.Encoding.UTF8.GetBytes(field.Value.ToString())));
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                parts.Add(new RecordedPart(file.Name, file.FileName, file.ContentType, buffer.ToArray()));
            }

            var payload = form.TryGetValue("payload_json", out var text) ? text.ToString() : null;
            var (json, problem) = payload is null ? (null, null) : Parse(payload);
            return (json, parts, problem);
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (body.Length == 0)
        {
            return (null, [], null);
        }

        var (node, error) = Parse(body);
        return (node, [], error);
    }

    private static (JsonNode? Json, string? Problem) Parse(string text)
    {
        try
        {
            return (JsonNode.Parse(text), null);
        }
        catch (JsonException ex)
        {
            return (null, ex.Message);
        }
    }
}
