using System.Text.Json;
using BriefingBot.Discord.Json;

namespace BriefingBot.Discord.Models;

/// <summary>A fixed choice of an option, or an autocomplete suggestion: a name shown to the user and the value sent.</summary>
public sealed class ApplicationCommandOptionChoice
{
    /// <summary>1-100 characters.</summary>
    public string Name { get; init; } = "";

    /// <summary>A string (up to 100 characters), integer or number, matching the option's type.</summary>
    public JsonElement Value { get; init; }

    public static ApplicationCommandOptionChoice String(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    public static ApplicationCommandOptionChoice Integer(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };

    public static ApplicationCommandOptionChoice Number(string name, double value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double) };
}
