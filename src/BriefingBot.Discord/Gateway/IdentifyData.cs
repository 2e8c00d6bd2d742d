namespace BriefingBot.Discord.Gateway;

/// <summary>The <c>d</c> of Identify. Intents 0: INTERACTION_CREATE needs none.</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties);
