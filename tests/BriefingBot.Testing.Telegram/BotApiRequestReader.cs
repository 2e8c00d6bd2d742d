using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Telegram;

/// <summary>Reads a Bot API request's parameters, whatever the content type, into one JsonObject.</summary>
internal static class BotApiRequestReader
{
    public sealed record Result(JsonObject Parameters, RequestEncoding Encoding, IReadOnlyList<UploadedFile> Files, string? RawBody);

    public static async Task<Result> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = values.ToString();
        }

        var encoding = parameters.Count > 0 ? RequestEncoding.Query : RequestEncoding.None;
        var contentType = request.ContentType ?? "";
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var files = await ReadMultipartAsync(request, parameters, cancellationToken).ConfigureAwait(false);
            return new Result(parameters, RequestEncoding.Multipart, files, null);
        }

        request.EnableBuffering();
        var body = await ReadTextAsync(request.Body, cancellationToken).ConfigureAwait(false);
        if (request.HasFormContentType)
        {
            request.Body.Position = 0;
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }

            return new Result(parameters, RequestEncoding.FormUrlEncoded, [], body);
        }

        if (body.Length == 0)
        {
            return new Result(parameters, encoding, [], null);
        }

        // Telegram reads a JSON body whatever the Content-Type says; an unreadable body yields no parameters.
        if (TryParseObject(body) is { } json)
        {
            foreach (var (name, value) in json.ToList())
            {
                json.Remove(name);
                parameters[name] = value;
            }
        }

        return new Result(parameters, RequestEncoding.Json, [], body);
    }

    private static async Task<IReadOnlyList<UploadedFile>> ReadMultipartAsync(
        HttpRequest request, JsonObject parameters, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (name, values) in form)
        {
            parameters[name] = values.ToString();
        }

        var files = new List<UploadedFile>();
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
            files.Add(new UploadedFile(file.Name, file.FileName, file.ContentType ?? "", content.ToArray()));
        }

        return files;
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, leaveOpen: true);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static JsonObject? TryParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
