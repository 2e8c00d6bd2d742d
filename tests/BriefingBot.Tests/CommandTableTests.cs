using BriefingBot.Core.Commands;
using BriefingBot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

public sealed class CommandTableTests
{
    [Fact]
    public void Host_RegistersExactlyOneHandlerForEachCatalogueCommand()
    {
        var services = new ServiceCollection().AddLogging().AddBriefingBot(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var handlers = provider.GetServices<ICommandHandler>().Select(h => h.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(CommandCatalogue.All.Select(c => c.Name).Order(StringComparer.Ordinal), handlers);
    }
}
