using System.Text.RegularExpressions;
using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Commands;

/// <summary>The catalogue is what platforms register: it must fit Discord's and Telegram's rules for commands.</summary>
public sealed partial class CommandCatalogueTests
{
    public static TheoryData<string> Commands => [.. CommandCatalogue.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_NameAndDescriptions_FitDiscordAndTelegramLimits(string name)
    {
        var command = CommandCatalogue.Find(name)!;

        Assert.Matches(CommandName(), command.Name);
        Assert.InRange(command.Description.Length, 3, 100);
        Assert.InRange(command.Options.Count, 0, 25);
        Assert.All(command.Options, o =>
        {
            Assert.Matches(CommandName(), o.Name);
            Assert.InRange(o.Description.Length, 1, 100);
            Assert.InRange(o.MaxLength, 1, 6000);
        });
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_RequiredOptions_ComeBeforeOptionalOnes(string name)
    {
        var options = CommandCatalogue.Find(name)!.Options;

        Assert.Equal(options.OrderByDescending(o => o.Required).Select(o => o.Name), options.Select(o => o.Name));
    }

    [Fact]
    public void Catalogue_OnlyTheCommandsThatChangeReminders_NeedTheAdminRole()
    {
        Assert.Equal(["subscribe", "unsubscribe"], CommandCatalogue.All.Where(c => c.AdminOnly).Select(c => c.Name));
    }

    [Fact]
    public void Catalogue_TopicOptions_OfferTopicAutocomplete()
    {
        var topicOptions = CommandCatalogue.All.SelectMany(c => c.Options).Where(o => o.Name == "topic").ToArray();

        Assert.NotEmpty(topicOptions);
        Assert.All(topicOptions, o => Assert.Equal(OptionAutocomplete.Topics, o.Autocomplete));
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
