using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandOptionBinderTests
{
    public static TheoryData<string, string, Dictionary<string, string>> SameCommandTwoWays => new()
    {
        { "brief", "New START", new() { ["topic"] = "New START" } },
        { "brief", "  sanctions   on oil ", new() { ["topic"] = "sanctions on oil" } },
        { "timeline", "New START page 2", new() { ["topic"] = "New START", ["page"] = "2" } },
        { "timeline", "page 3", new() { ["page"] = "3" } },
        { "timeline", "all", new() { ["topic"] = "all" } },
        { "upcoming", "14d", new() { ["days"] = "14" } },
        { "subscribe", "New START 7d,1d Europe/Berlin 9", new() { ["topic"] = "New START", ["lead_times"] = "7d,1d", ["time_zone"] = "Europe/Berlin", ["hour"] = "9" } },
        { "subscribe", "9pm europe/berlin 2w NATO", new() { ["topic"] = "NATO", ["lead_times"] = "14d", ["time_zone"] = "Europe/Berlin", ["hour"] = "21:00" } },
        { "subscribe", "all 1d, 0d", new() { ["lead_times"] = "0d 1d" } },
        { "unsubscribe", "", new() },
        { "calendar", "Sanctions", new() { ["topic"] = "Sanctions" } },
    };

    [Theory]
    [MemberData(nameof(SameCommandTwoWays))]
    public void Bind_TextAndTypedOptions_GiveTheSameOptions(string command, string text, Dictionary<string, string> typed)
    {
        var definition = CommandCatalogue.Find(command)!;

        Assert.True(CommandOptionBinder.TryBind(definition, CommandInput.FromText(text), out var fromText, out var textError), textError.ToString());
        Assert.True(CommandOptionBinder.TryBind(definition, CommandInput.FromOptions(typed), out var fromOptions, out var optionsError), optionsError.ToString());

        Assert.Equal(fromText, fromOptions);
    }

    [Theory]
    [InlineData("time_zone", "Mars/Base", "I don't know the time zone 'Mars/Base'.")]
    [InlineData("lead_times", "3x,1d", "I can't read the lead time '3x'.")]
    [InlineData("hour", "25:00", "I can't read '25:00' as a time of day.")]
    public void Bind_BadValue_GivesTheSameProblemTypedOrWritten(string option, string value, string expected)
    {
        var definition = CommandCatalogue.Subscribe;

        Assert.False(CommandOptionBinder.TryBind(definition, CommandInput.FromText(value), out _, out var textError));
        Assert.False(CommandOptionBinder.TryBind(definition, CommandInput.FromOptions(new Dictionary<string, string> { [option] = value }), out _, out var optionsError));

        Assert.StartsWith(expected, textError.ToString(), StringComparison.Ordinal);
        Assert.Equal(textError.ToString(), optionsError.ToString());
    }

    [Theory]
    [InlineData("upcoming", "days", "0")]
    [InlineData("upcoming", "days", "3661")]
    [InlineData("timeline", "page", "two")]
    public void Bind_IntegerOutsideItsRange_IsRefused(string command, string option, string value)
    {
        var ok = CommandOptionBinder.TryBind(CommandCatalogue.Find(command)!, CommandInput.FromOptions(new Dictionary<string, string> { [option] = value }), out _, out var error);

        Assert.False(ok);
        Assert.Contains($"The {option} must be a whole number", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownOptionName_IsRefusedWithTheUsage()
    {
        var ok = CommandOptionBinder.TryBind(CommandCatalogue.Brief, CommandInput.FromOptions(new Dictionary<string, string> { ["topic"] = "NATO", ["colour"] = "red" }), out _, out var error);

        Assert.False(ok);
        Assert.Contains("no option 'colour'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_MissingRequiredTopic_AsksForItWithAnExample()
    {
        var ok = CommandOptionBinder.TryBind(CommandCatalogue.Brief, CommandInput.FromText("   "), out _, out var error);

        Assert.False(ok);
        Assert.StartsWith("Tell me what to look for, for example: /brief New START.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnInvocation_ReadsBackAsTheSameOptions()
    {
        var invocation = CommandInvocations.Of(CommandCatalogue.Timeline, ("topic", "New START"), ("page", "2"));

        Assert.Equal("/timeline New START page 2", invocation.Text);
        Assert.True(CommandOptionBinder.TryBind(CommandCatalogue.Timeline, CommandInput.FromText(invocation.Text["/timeline".Length..]), out var read, out _));
        Assert.True(CommandOptionBinder.TryBind(CommandCatalogue.Timeline, CommandInput.FromOptions(invocation.Options), out var typed, out _));
        Assert.Equal(typed, read);
    }
}
