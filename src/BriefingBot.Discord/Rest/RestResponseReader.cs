using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriefingBot.Discord.Json;

namespace BriefingBot.Discord.Rest;

/// <summary>Reads what Discord answered: a success body, an error body, or the details of a 429.</summary>
internal static class RestResponseReader
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    public static async Task<DiscordRestResult<T>> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T>? type, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (type is null)
        {
            return DiscordRestResult<T>.Success((T)(object)DiscordNoContent.Instance);
        }

        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var value = await JsonSerializer.DeserializeAsync(stream, type, cancellationToken);
            return value is null
                ? DiscordRestResult<T>.Fail(new DiscordRestFailure.InvalidResponse(status, "the body was empty or null"))
                : DiscordRestResult<T>.Success(value);
        }
        catch (JsonException ex)
        {
            return DiscordRestResult<T>.Fail(new DiscordRestFailure.InvalidResponse(status, $"the body was not the expected JSON ({ex.Path}: {ex.GetType().Name})"));
        }
    }

    public static async Task<DiscordErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length is 0 or > MaxErrorBodyBytes)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static DiscordRestFailure.RateLimited RateLimitedFrom(RateLimitHeaders headers, DiscordErrorBody? error)
    {
        // The body's retry_after (float seconds) is the precise one; the Retry-After header is rounded up.
        var retryAfter = error?.RetryAfter is >= 0 and var seconds ? TimeSpan.FromSeconds(seconds)
            : headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);

        // A 429 with neither a JSON body nor rate-limit headers comes from Cloudflare and blocks everything.
        var global = error?.Global == true || headers.Global || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase)
            || (error is null && headers.Bucket is null && headers.Scope is null);
        return new DiscordRestFailure.RateLimited(retryAfter, global, headers.Scope ?? (global ? "global" : null));
    }
}
