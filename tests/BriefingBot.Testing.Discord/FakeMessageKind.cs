namespace BriefingBot.Testing.Discord;

/// <summary>How a message at the fake came to be.</summary>
public enum FakeMessageKind
{
    /// <summary>POST /channels/{id}/messages.</summary>
    Channel,

    /// <summary>An interaction's original response (type 4, or type 5 filled in by PATCH @original).</summary>
    InteractionResponse,

    /// <summary>POST /webhooks/{app}/{token}.</summary>
    Followup,
}
