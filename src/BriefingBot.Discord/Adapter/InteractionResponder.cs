using System.Text;
using BriefingBot.Core.Replies;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Adapter;

/// <summary>
/// Answers one interaction within Discord's 3 seconds. The reply is sent as the interaction's response when it is
/// ready in time; if it is not ready <see cref="DiscordOptions.DeferAfter"/> after local receipt (a monotonic clock,
/// never the snowflake's time, so clock skew cannot cause false timeouts), the interaction is deferred and the reply
/// edited into the original response later. Parts beyond the first become follow-ups; a file is posted with the last.
/// For a button that pages (<paramref name="updatesMessage"/>), the response replaces the message it was pressed on.
/// </summary>
internal sealed partial class InteractionResponder(
    DiscordRestClient rest,
    DiscordInteraction interaction,
    bool updatesMessage,
    ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private State _state;

    private enum State
    {
        Waiting,
        Deferred,
        Answered,
    }

    /// <summary>Defers the response unless it has already been given.</summary>
    public async Task DeferAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state != State.Waiting)
            {
                return;
            }

            var response = updatesMessage ? InteractionResponse.DeferUpdate() : InteractionResponse.Defer();
            var result = await rest.RespondToInteractionAsync(interaction.Id, interaction.Token, response, cancellationToken);
            _state = State.Deferred;
            if (!result.IsSuccess)
            {
                Log.Failed(logger, "defer", result.Failure!.ToString());
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task AnswerAsync(Reply reply, CancellationToken cancellationToken)
    {
        var parts = DiscordReplyRenderer.Render(reply);
        var first = parts.Count > 0 ? DiscordMessages.ToOutgoing(parts[0]) : DiscordMessages.Text("Done.");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var failure = _state == State.Deferred
                ? (await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, first, cancellationToken)).Failure
                : (await rest.RespondToInteractionAsync(
                    interaction.Id,
                    interaction.Token,
                    updatesMessage ? InteractionResponse.UpdateMessage(first) : InteractionResponse.Reply(first),
                    cancellationToken)).Failure;
            _state = State.Answered;
            if (failure is not null)
            {
                Log.Failed(logger, "answer", failure.ToString());
                return;
            }
        }
        finally
        {
            _gate.Release();
        }

        foreach (var part in parts.Skip(1))
        {
            var followUp = await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, DiscordMessages.ToOutgoing(part), cancellationToken);
            if (!followUp.IsSuccess)
            {
                Log.Failed(logger, "follow-up", followUp.Failure!.ToString());
                return;
            }
        }

        if (reply.Attachment is { } attachment && interaction.ChannelId is { } channel)
        {
            await PostFileAsync(channel, attachment, cancellationToken);
        }
    }

    private async Task PostFileAsync(ulong channel, ReplyAttachment attachment, CancellationToken cancellationToken)
    {
        var file = new MessageFile(attachment.FileName, Encoding.UTF8.GetBytes(attachment.Content), attachment.MediaType);
        var nonce = Core.Chat.DeliveryKey.From("f", interaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;
        var posted = await rest.CreateMessageAsync(channel, new OutgoingMessage(), nonce, [file], cancellationToken);
        if (!posted.IsSuccess)
        {
            Log.Failed(logger, "file", posted.Failure!.ToString());
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "Discord: could not {Step} an interaction: {Failure}")]
        public static partial void Failed(ILogger logger, string step, string failure);
    }
}
