using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordCommandHintTests
{
    [Fact]
    public void Write_Timeline_NamesOptionsInCatalogueOrder() =>
        Assert.Equal("/timeline topic:New START page:2", DiscordCommandHint.Write(ReplyParts.TimelinePage("New START", 2)));

    [Fact]
    public void Write_Subscribe_KeepsTheCatalogueOrderWhateverTheDictionaryOrder()
    {
        var options = new Dictionary<string, string> { ["hour"] = "9", ["topic"] = "NATO", ["lead_times"] = "7d,1d" };
        var invocation = new CommandInvocation("subscribe", options, "/subscribe NATO 7d,1d 9");

        Assert.Equal("/subscribe topic:NATO lead_times:7d,1d hour:9", DiscordCommandHint.Write(invocation));
    }

    [Fact]
    public void Write_NoOptions_IsTheCommandAlone() =>
        Assert.Equal("/help", DiscordCommandHint.Write(CommandInvocations.Of(CommandCatalogue.Help)));

    [Fact]
    public void Write_UnknownCommand_IsItsChatText() =>
        Assert.Equal("/frobnicate now", DiscordCommandHint.Write(ReplyParts.Invocation("/frobnicate now")));
}
