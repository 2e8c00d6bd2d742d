using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingBot.Discord;
using BriefingBot.Host.Chat;
using BriefingBot.Host.Hosting;
using BriefingBot.Telegram;

namespace BriefingBot.Tests;

/// <summary>appsettings.example.json, README's settings tables and the options classes name the same settings, with the same defaults.</summary>
public sealed partial class ConfigurationDocsTests
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        (ContentOptions.Section, typeof(ContentOptions)),
        (StorageOptions.Section, typeof(StorageOptions)),
        (RemindersOptions.Section, typeof(RemindersOptions)),
        (InboundOptions.Section, typeof(InboundOptions)),
        (TelegramOptions.Section, typeof(TelegramOptions)),
        (DiscordOptions.Section, typeof(DiscordOptions)),
    ];

    [Fact]
    public void Example_ListsEverySettingOfEveryOptionsClass_WithItsDefault()
    {
        var example = ExampleSettings();

        foreach (var (section, type) in Sections)
        {
            var defaults = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var key = $"{section}:{property.Name}";
                Assert.True(example.ContainsKey(key), $"appsettings.example.json lacks {key}");
                Assert.Equal(Normalise(Format(property.GetValue(defaults))), Normalise(example[key]));
            }
        }
    }

    [Fact]
    public void Readme_DocumentsExactlyTheExamplesSettings_WithTheSameDefaults()
    {
        var example = ExampleSettings().Where(s => !s.Key.StartsWith("Logging:", StringComparison.Ordinal)).ToDictionary();
        var readme = ReadmeSettings();

        Assert.Equal(example.Keys.Order(StringComparer.Ordinal), readme.Keys.Order(StringComparer.Ordinal));
        Assert.All(example, setting => Assert.Equal(Normalise(setting.Value), Normalise(readme[setting.Key])));
    }

    private static Dictionary<string, string?> ExampleSettings()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.example.json")));
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var section in document.RootElement.EnumerateObject().Where(s => s.Name != "Logging"))
        {
            foreach (var setting in section.Value.EnumerateObject())
            {
                settings[$"{section.Name}:{setting.Name}"] = setting.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => setting.Value.GetString(),
                    _ => setting.Value.GetRawText(),
                };
            }
        }

        return settings;
    }

    private static Dictionary<string, string?> ReadmeSettings() =>
        SettingRow().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")))
            .ToDictionary(m => m.Groups["key"].Value, m => (string?)m.Groups["default"].Value, StringComparer.Ordinal);

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>"", null and "(none)" are all "not set"; durations compare as durations, whatever their spelling.</summary>
    private static string? Normalise(string? value)
    {
        var text = value?.Trim('`', ' ');
        if (string.IsNullOrEmpty(text) || text == "(none)")
        {
            return null;
        }

        if (text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration))
        {
            return duration.ToString("c", CultureInfo.InvariantCulture);
        }

        return text.TrimEnd('/');
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with BriefingBot.sln) was not found above the test's folder.");
    }

    [GeneratedRegex(@"^\| `(?<key>[A-Z][A-Za-z]+:[A-Za-z]+)` \| (?<default>[^|]*?) \|", RegexOptions.Multiline)]
    private static partial Regex SettingRow();
}
