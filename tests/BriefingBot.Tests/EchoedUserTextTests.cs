using BriefingBot.Core.Commands;
using BriefingBot.Core.Replies;
using BriefingBot.Host.Hosting;
using BriefingBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

/// <summary>
/// Whatever a user types that a reply repeats is marked as user text, so every renderer escapes it and keeps it from
/// mentioning anyone; the bot's own words never carry it.
/// </summary>
public sealed class EchoedUserTextTests : IAsyncLifetime, IDisposable
{
    private readonly CommandLineRun _run = new();
    private ServiceProvider _services = null!;

    public static TheoryData<string, string, string> HostileInput => new()
    {
        { "brief", "@everyone <b>x</b> & \"y\"", "@everyone <b>x</b> & \"y\"" },
        { "quote", "<@123456> <a href=\"http://evil\">z</a>", "<@123456> <a href=\"http://evil\">z</a>" },
        { "timeline", "@here <i>zz</i>", "@here <i>zz</i>" },
        { "subscribe", "NATO @here/<b>", "@here/<b>" },
        { "unsubscribe", "<@&987> qq", "<@&987> qq" },
        { "upcoming", "@everyone", "@everyone" },
    };

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = _run.DatabasePath })
            .Build();
        _services = new ServiceCollection().AddLogging().AddBriefingBot(configuration).BuildServiceProvider();
        await _services.GetRequiredService<StoreInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public void Dispose() => _run.Dispose();

    [Theory]
    [MemberData(nameof(HostileInput))]
    public async Task Reply_RepeatingWhatTheUserTyped_MarksItAsUserTextOnly(string command, string typed, string echoed)
    {
        var reply = await _services.GetRequiredService<CommandDispatcher>().DispatchAsync(TestCommands.Text(command, typed), CancellationToken.None);

        var texts = new[] { reply.Heading, reply.Footer }.OfType<ReplyText>().Concat(reply.Paragraphs).Concat(reply.Entries.Select(e => e.Text)).ToArray();
        var spans = texts.SelectMany(t => t.Spans).ToArray();
        Assert.Contains(spans, s => s.Kind == TextKind.User && s.Text == echoed);
        Assert.All(spans.Where(s => s.Kind == TextKind.Bot), s =>
        {
            Assert.DoesNotContain("@", s.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<", s.Text, StringComparison.Ordinal);
        });
    }
}
