using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rest;

/// <summary>An interaction response of type 8.</summary>
internal sealed record AutocompleteCallbackBody(InteractionCallbackType Type, AutocompleteCallbackData Data);
