using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriefingBot.Discord.Json;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Discord's REST API over an injected <see cref="HttpClient"/>, with Discord's rate limits kept: per-route buckets
/// learned from the X-RateLimit headers and shared by routes with the same bucket hash and top-level resource, a pause
/// for every route after a global 429, and at most <see cref="DiscordOptions.GlobalRequestsPerSecond"/> requests per
/// second (the interaction endpoints are exempt from both global limits, as Discord documents).
/// A 429 that clears within <see cref="DiscordOptions.MaxRateLimitWait"/> is waited out and sent again (up to
/// <see cref="DiscordOptions.MaxRateLimitRetries"/> times); a longer one, and every other failure, is returned as a
/// typed <see cref="DiscordRestFailure"/>. 401, 403 and 404 are never sent again; after a 401 the bot token is not
/// used any more. Nothing logged carries the bot token or an interaction token.
/// </summary>
public sealed class DiscordRestClient : IDisposable
{
    public const int MaxNonceLength = 25;
    public const int MaxFiles = 10;

    private readonly RestRequestSender _sender;

    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _sender = new RestRequestSender(http, DiscordOptionsValidator.EnsureValid(options.Value), time, logger);
    }

    /// <summary><c>DiscordBot (https://github.com/briefingbot/briefingbot, version)</c>, as Discord requires.</summary>
    public static string UserAgent { get; } = $"DiscordBot (https://github.com/briefingbot/briefingbot, {LibraryVersion()})";

    /// <summary>True after Discord answered 401 to the bot token; calls that need it now fail without being sent.</summary>
    public bool IsTokenRejected => _sender.IsTokenRejected;

    internal WaitScheduler Waits => _sender.Waits;

    /// <summary>GET /gateway/bot: the gateway URL and the session start limit.</summary>
    public Task<DiscordRestResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        _sender.SendAsync(DiscordRoutes.GatewayBot(), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    /// <summary>GET /oauth2/applications/@me: the bot's application (its id is also in READY).</summary>
    public Task<DiscordRestResult<DiscordApplication>> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        _sender.SendAsync(DiscordRoutes.CurrentApplication(), null, DiscordJsonContext.Default.DiscordApplication, cancellationToken);

    /// <summary>PUT /applications/{app}/commands: replaces all global commands (changes reach clients within minutes).</summary>
    public async Task<DiscordRestResult<IReadOnlyList<RegisteredApplicationCommand>>> OverwriteGlobalCommandsAsync(
        ulong applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        var body = Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition);
        var result = await _sender.SendAsync(DiscordRoutes.GlobalCommands(applicationId), body, DiscordJsonContext.Default.ListRegisteredApplicationCommand, cancellationToken);
        return AsReadOnly(result);
    }

    /// <summary>PUT /applications/{app}/guilds/{guild}/commands: replaces one server's commands (effective at once).</summary>
    public async Task<DiscordRestResult<IReadOnlyList<RegisteredApplicationCommand>>> OverwriteGuildCommandsAsync(
        ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        var body = Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition);
        var result = await _sender.SendAsync(DiscordRoutes.GuildCommands(applicationId, guildId), body, DiscordJsonContext.Default.ListRegisteredApplicationCommand, cancellationToken);
        return AsReadOnly(result);
    }

    /// <summary>POST /interactions/{id}/{token}/callback: the initial response, due within 3 s of the interaction arriving.</summary>
    public Task<DiscordRestResult<DiscordNoContent>> RespondToInteractionAsync(
        ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        var body = response.Type == InteractionCallbackType.ApplicationCommandAutocompleteResult
            ? Json(new AutocompleteCallbackBody(response.Type, new AutocompleteCallbackData(response.Choices ?? [])), DiscordJsonContext.Default.AutocompleteCallbackBody)
            : Json(new MessageCallbackBody(response.Type, response.Message), DiscordJsonContext.Default.MessageCallbackBody);
        return _sender.SendAsync<DiscordNoContent>(DiscordRoutes.InteractionCallback(interactionId, interactionToken), body, null, cancellationToken);
    }

    /// <summary>PATCH /webhooks/{app}/{token}/messages/@original: edits the response (e.g. fills in a deferred one).</summary>
    public Task<DiscordRestResult<DiscordMessage>> EditOriginalResponseAsync(
        ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(message);
        return _sender.SendAsync(DiscordRoutes.OriginalResponse(applicationId, interactionToken), Json(message, DiscordJsonContext.Default.OutgoingMessage),
            DiscordJsonContext.Default.DiscordMessage, cancellationToken);
    }

    /// <summary>POST /webhooks/{app}/{token}: a follow-up message, within 15 minutes of the interaction.</summary>
    public Task<DiscordRestResult<DiscordMessage>> CreateFollowupMessageAsync(
        ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(message);
        return _sender.SendAsync(DiscordRoutes.Followup(applicationId, interactionToken), Json(message, DiscordJsonContext.Default.OutgoingMessage),
            DiscordJsonContext.Default.DiscordMessage, cancellationToken);
    }

    /// <summary>
    /// POST /channels/{id}/messages with <c>nonce</c> and <c>enforce_nonce: true</c>: sending again with the same
    /// <paramref name="nonce"/> (e.g. after a timeout) returns the message already created instead of posting twice.
    /// Files go as multipart/form-data (<c>payload_json</c> plus <c>files[n]</c>).
    /// </summary>
    /// <param name="nonce">1-25 characters, the same for every attempt to post this one message.</param>
    public Task<DiscordRestResult<DiscordMessage>> CreateMessageAsync(
        ulong channelId, OutgoingMessage message, string nonce, IReadOnlyList<MessageFile>? files = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        if (nonce.Length > MaxNonceLength)
        {
            throw new ArgumentException($"A nonce is at most {MaxNonceLength} characters, not {nonce.Length}.", nameof(nonce));
        }

        if (files is { Count: > MaxFiles })
        {
            throw new ArgumentException($"At most {MaxFiles} files per message, not {files.Count}.", nameof(files));
        }

        var route = DiscordRoutes.ChannelMessages(channelId);
        if (files is not { Count: > 0 })
        {
            var json = Json(new CreateMessageBody(message, nonce, null), DiscordJsonContext.Default.CreateMessageBody);
            return _sender.SendAsync(route, json, DiscordJsonContext.Default.DiscordMessage, cancellationToken);
        }

        var attachments = files.Select((file, index) => new AttachmentReference((ulong)index, file.FileName, file.Description)).ToList();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new CreateMessageBody(message, nonce, attachments), DiscordJsonContext.Default.CreateMessageBody);
        return _sender.SendAsync(route, () => Multipart(payload, files), DiscordJsonContext.Default.DiscordMessage, cancellationToken);
    }

    public void Dispose() => _sender.Dispose();

    private static Func<HttpContent> Json<T>(T value, JsonTypeInfo<T> type)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, type);
        return () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        };
    }

    private static MultipartFormDataContent Multipart(byte[] payloadJson, IReadOnlyList<MessageFile> files)
    {
        var content = new MultipartFormDataContent();
        var payload = new ByteArrayContent(payloadJson);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(payload, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content.ToArray());
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);
            content.Add(file, $"files[{i}]", files[i].FileName);
        }

        return content;
    }

    private static DiscordRestResult<IReadOnlyList<RegisteredApplicationCommand>> AsReadOnly(DiscordRestResult<List<RegisteredApplicationCommand>> result) =>
        result.IsSuccess
            ? DiscordRestResult<IReadOnlyList<RegisteredApplicationCommand>>.Success(result.Value)
            : DiscordRestResult<IReadOnlyList<RegisteredApplicationCommand>>.Fail(result.Failure);

    private static string LibraryVersion()
    {
        var version = typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
