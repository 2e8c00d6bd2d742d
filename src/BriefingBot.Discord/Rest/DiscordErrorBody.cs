using System.Text.Json;

namespace BriefingBot.Discord.Rest;

/// <summary>An error body: <c>{code, message, errors}</c>, and on 429 <c>{message, retry_after, global, code?}</c>.</summary>
internal sealed class DiscordErrorBody
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public JsonElement? Errors { get; init; }

    /// <summary>Seconds, with decimals.</summary>
    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
