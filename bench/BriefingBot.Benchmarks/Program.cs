using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/BriefingBot.Benchmarks -- --filter '*'</c> runs everything;
/// <c>--filter '*Brief*'</c> one class. Every class gets the median, P95 and P99 columns.
/// <c>-- corpus [count]</c> only generates (or finds) a synthetic corpus and prints where it is.
/// <c>-- telegram-latency [count]</c> measures update-to-reply time through the real host and a fake Bot API.
/// <c>-- brief-latency [calls]</c> measures single-call /brief latency on the synthetic corpus beside a raw MATCH.
/// <c>-- ingest-stages [rounds]</c> times the ingest's text work stage by stage, on one thread, with no database.
/// <c>-- discord-latency [count]</c> measures INTERACTION_CREATE-to-callback time through the real host and a fake Discord.
/// <c>-- fake-discord [seconds]</c> likewise for the fake Discord; <c>-- empty-host</c> is the baseline generic host
/// for <c>bench/measure-host.sh</c>.
/// <c>-- fake-telegram [seconds]</c> serves the loopback fake Bot API (its base URL on the first line) for a published
/// app or an image to run against, for that long (default 10 minutes).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["corpus", ..])
        {
            var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : SyntheticCorpus.DefaultArticleCount;
            var folder = SyntheticCorpus.Ensure(Corpora.RepositoryContentPath(), count);
            Console.WriteLine($"{folder}: {Corpora.BodyBytes(folder):N0} body bytes");
            return 0;
        }

        if (args is ["telegram-latency", ..])
        {
            var commands = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : TelegramLatency.DefaultCommands;
            TelegramLatency.RunAsync(commands).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["brief-latency", ..])
        {
            var calls = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : BriefLatency.DefaultCalls;
            BriefLatency.RunAsync(calls).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["ingest-stages", ..])
        {
            var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : IngestStages.DefaultRounds;
            IngestStages.RunAsync(rounds).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["discord-latency", ..])
        {
            var interactions = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : DiscordLatency.DefaultInteractions;
            DiscordLatency.RunAsync(interactions).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["fake-discord", ..])
        {
            var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 600;
            FakeDiscordProcess.RunAsync(TimeSpan.FromSeconds(seconds)).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["empty-host", ..])
        {
            EmptyHost.RunAsync(args[1..]).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["fake-telegram", ..])
        {
            var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 600;
            FakeTelegramServer.RunAsync(TimeSpan.FromSeconds(seconds)).GetAwaiter().GetResult();
            return 0;
        }

        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileTimeColumn(99));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
