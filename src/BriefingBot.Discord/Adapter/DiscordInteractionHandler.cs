using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Adapter;

/// <summary>
/// Each INTERACTION_CREATE: a slash command becomes an <see cref="InboundCommand"/> with typed options and the member's
/// role (Manage Channels or Administrator in a server; in DMs everyone is admin of their own reminders), run by the
/// shared <see cref="ICommandRunner"/>; autocomplete is answered from the topics at once; a button runs the command in
/// its custom_id as the presser, paging by updating the message. Every interaction is answered, deferred first when
/// the reply is slow.
/// </summary>
internal sealed partial class DiscordInteractionHandler(
    DiscordRestClient rest,
    ICommandRunner runner,
    TopicAutocompleteQuery topics,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    public const string StaleButton = "This button no longer works. Run the command again.";

    public async Task HandleAsync(DiscordInteraction interaction, long receivedTimestamp, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when interaction.Data?.Name is { } name:
                await RunAsync(interaction, name, CommandInput.FromOptions(OptionsOf(interaction)), updatesMessage: false, receivedTimestamp, cancellationToken);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                await AutocompleteAsync(interaction, cancellationToken);
                break;
            case InteractionType.MessageComponent:
                await OnButtonAsync(interaction, receivedTimestamp, cancellationToken);
                break;
        }
    }

    /// <summary>A server member with Manage Channels (or Administrator) is admin here; in DMs the user is admin of their own reminders.</summary>
    public static ChatSender SenderOf(DiscordInteraction interaction)
    {
        var user = interaction.Invoker;
        var role = interaction.GuildId is null || interaction.Member?.HasPermission(DiscordPermissions.ManageChannels) == true
            ? ChatRole.Admin
            : ChatRole.Member;
        var id = user?.Id.ToString(CultureInfo.InvariantCulture) ?? "unknown";
        return new ChatSender(id, interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? id, role);
    }

    private async Task RunAsync(
        DiscordInteraction interaction, string name, CommandInput input, bool updatesMessage, long receivedTimestamp, CancellationToken cancellationToken)
    {
        if (interaction.ChannelId is not { } channel)
        {
            return;
        }

        var responder = new InteractionResponder(rest, interaction, updatesMessage, logger);
        var inbound = new InboundCommand(name, input, ConversationRef.Discord(channel), SenderOf(interaction), time.GetUtcNow());
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Not awaited yet: waiting for a free slot counts against Discord's 3 seconds too, so the deferral races it.
        var submitted = runner.SubmitAsync(inbound, async (reply, ct) =>
        {
            try
            {
                await responder.AnswerAsync(reply, ct);
            }
            finally
            {
                answered.TrySetResult();
            }
        }, cancellationToken);

        var wait = options.Value.DeferAfter - time.GetElapsedTime(receivedTimestamp);
        var deadline = wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
        if (await Task.WhenAny(answered.Task, deadline) == deadline && !answered.Task.IsCompleted)
        {
            await responder.DeferAsync(cancellationToken);
        }

        await submitted;
    }

    private async Task AutocompleteAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        var choices = await topics.SuggestAsync(focused?.ValueText, cancellationToken);
        var response = InteractionResponse.Autocomplete([.. choices.Select(c => ApplicationCommandOptionChoice.String(Shorten(c.Name), Shorten(c.Name)))]);
        var result = await rest.RespondToInteractionAsync(interaction.Id, interaction.Token, response, cancellationToken);
        if (!result.IsSuccess)
        {
            Log.AutocompleteFailed(logger, result.Failure.ToString());
        }
    }

    private async Task OnButtonAsync(DiscordInteraction interaction, long receivedTimestamp, CancellationToken cancellationToken)
    {
        if (!DiscordCustomId.TryRead(interaction.Data?.CustomId, out var text) || ChatCommandParser.Parse(text) is not { } parsed)
        {
            var stale = InteractionResponse.Reply(new OutgoingMessage { Content = StaleButton, Flags = MessageFlags.Ephemeral });
            await rest.RespondToInteractionAsync(interaction.Id, interaction.Token, stale, cancellationToken);
            return;
        }

        var pages = parsed.Name == CommandCatalogue.Timeline.Name && interaction.Message is not null;
        await RunAsync(interaction, parsed.Name, CommandInput.FromText(parsed.Arguments), pages, receivedTimestamp, cancellationToken);
    }

    private static Dictionary<string, string> OptionsOf(DiscordInteraction interaction)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in interaction.Data?.Options ?? [])
        {
            if (option.ValueText is { } value)
            {
                values[option.Name] = value;
            }
        }

        return values;
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : string.Concat(text.AsSpan(0, 99), "…");

    private static partial class Log
    {
        [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "Discord: could not answer an autocomplete request: {Failure}")]
        public static partial void AutocompleteFailed(ILogger logger, string failure);
    }
}
