using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rest;

/// <summary>An interaction response of type 4, 5, 6 or 7.</summary>
internal sealed record MessageCallbackBody(InteractionCallbackType Type, OutgoingMessage? Data);
