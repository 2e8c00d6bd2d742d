using System.Text.Json;

namespace BriefingBot.Discord.Models;

/// <summary>An option value as the user gave it; subcommands carry nested <see cref="Options"/>.</summary>
public sealed class InteractionDataOption
{
    public string Name { get; init; } = "";

    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>A string, integer, double or boolean (snowflakes arrive as strings); partial text while autocompleting.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>True for the option the user is typing in an autocomplete interaction.</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text (strings as they are, numbers and booleans in their JSON form), or null.</summary>
    public string? ValueText => Value is not { } value
        ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
}
