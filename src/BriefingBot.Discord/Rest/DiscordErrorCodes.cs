namespace BriefingBot.Discord.Rest;

/// <summary>JSON error codes worth telling apart (developers/topics/opcodes-and-status-codes#json).</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownWebhook = 10015;
    public const int UnknownInteraction = 10062;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotSendEmptyMessage = 50006;
    public const int CannotMessageUser = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidWebhookToken = 50027;
    public const int InvalidFormBody = 50035;

    /// <summary>Codes that mean the bot cannot use the channel: a subscription there should be marked broken, not retried.</summary>
    public static bool MeansChannelUnavailable(int code) => code is UnknownChannel or MissingAccess or MissingPermissions;
}
