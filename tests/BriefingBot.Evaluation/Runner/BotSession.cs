using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;
using BriefingBot.Host.Hosting;
using BriefingBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// The bot as the host wires it (<c>AddBriefingBot</c>) on one database and corpus, with a manual clock and a fake
/// Telegram that records what the reminder scheduler posts. Commands run as a chat admin.
/// </summary>
public sealed class BotSession : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private BotSession(ServiceProvider provider, FakeTimeProvider clock, FakeChatPlatform telegram)
    {
        _provider = provider;
        Clock = clock;
        Telegram = telegram;
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Every message the scheduler posted to Telegram conversations.</summary>
    public FakeChatPlatform Telegram { get; }

    public ReminderScheduler Scheduler => _provider.GetRequiredService<ReminderScheduler>();

    public static BotSession Open(string databasePath, string corpusPath, DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var telegram = new FakeChatPlatform(ChatPlatformKind.Telegram);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = databasePath,
                ["Content:Path"] = corpusPath,
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddBriefingBot(configuration)
            .AddChatPlatform(_ => telegram);
        return new BotSession(services.BuildServiceProvider(), clock, telegram);
    }

    /// <summary>Migrates the database and ingests the corpus.</summary>
    public async Task InitializeStoreAsync(CancellationToken cancellationToken) =>
        await _provider.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);

    /// <summary>Runs chat text ("/brief New START") in <paramref name="conversation"/> at the clock's time, as the console would.</summary>
    public Task<Reply> AskAsync(string text, ConversationRef conversation, CancellationToken cancellationToken)
    {
        // As the console's ask: text that is not a /command is a question for /brief.
        var parsed = ChatCommandParser.Parse(text)
            ?? new ParsedCommand(CommandCatalogue.Brief.Name, ChatCommandParser.CleanArguments(text));
        var inbound = new InboundCommand(parsed.Name, CommandInput.FromText(parsed.Arguments), conversation, TestCommands.Admin, Clock.GetUtcNow());
        return _provider.GetRequiredService<CommandDispatcher>().DispatchAsync(inbound, cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
