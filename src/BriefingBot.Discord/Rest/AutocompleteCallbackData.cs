using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rest;

/// <summary>The choices of an autocomplete response.</summary>
internal sealed record AutocompleteCallbackData(IReadOnlyList<ApplicationCommandOptionChoice> Choices);
