using System.CommandLine;
using System.CommandLine.Help;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The command line's grammar, on System.CommandLine: the verbs, their arguments and options, and per-verb help.
/// Anything it does not know is refused (exit 2 with a hint), so no option is ever silently ignored. Settings
/// (<c>--Section:Key value</c>) are taken out first by <see cref="SplitSettings"/>: they go to configuration, with every verb.
/// </summary>
internal sealed class BriefingBotCommands
{
    public readonly Argument<string[]> AskText = new("text") { Description = "The chat text, e.g. \"/brief New START\" (text without a / is a /brief)", Arity = ArgumentArity.OneOrMore };
    public readonly Option<bool> Json = new("--json") { Description = "Print the reply as one JSON object (the ask --json contract)" };
    public readonly Option<string> AsOf = new("--as-of") { Description = "When the command is received: an ISO-8601 date (2026-01-20) or instant" };
    public readonly Option<string> Out = new("--out") { Description = "Write the reply's attachment (such as /calendar's .ics) to this file" };
    public readonly Option<string> From = new("--from") { Description = "First moment of the window: an ISO-8601 date or instant", Required = true };
    public readonly Option<string> To = new("--to") { Description = "Last moment of the window (a bare date means to its end)", Required = true };
    public readonly Argument<string> BackupFile = new("file") { Description = "The new file to write the copy to (it must not exist)" };

    /// <summary>A fresh grammar: System.CommandLine symbols belong to the one tree they are added to.</summary>
    public BriefingBotCommands()
    {
        // Chat text is free, but a word that looks like an option (--jsn) is a mistyped option, not text.
        AskText.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        });
        Root = CreateRoot();
    }

    public RootCommand Root { get; }

    private RootCommand CreateRoot()
    {
        var root = new RootCommand(
            "BriefingBot: briefings and reminders from a curated news corpus, on Telegram, Discord and the console. "
            + "With no verb it runs the bot. Settings can follow any verb as --Section:Key value (e.g. --Storage:Path data/bot.db).");
        // The verbs are run by BriefingBotCommandLine; an action here only tells the parser that no verb means "run".
        root.SetAction(_ => ExitCodes.Ok);
        root.Subcommands.Add(new Command("run", "Run the bot (the chat platforms and the reminder scheduler) until stopped"));
        root.Subcommands.Add(new Command("ask", "Answer one command, e.g. ask \"/brief New START\"") { AskText, Json, AsOf, Out });
        root.Subcommands.Add(new Command("chat", "Talk to the bot in this console ('exit' leaves)"));
        root.Subcommands.Add(new Command("ingest", "Read the content folder into the store and print what changed"));
        root.Subcommands.Add(new Command("remind", "Print the reminders due in a window, without posting or recording anything") { From, To });
        root.Subcommands.Add(new Command("check", "Check the database (integrity, schema version) without changing it"));
        root.Subcommands.Add(new Command("backup", "Copy the live database to a new file, safe while the bot runs") { BackupFile });
        root.Subcommands.Add(new Command("health", "Exit 0 when a running bot's heartbeat is fresh and healthy (the Docker HEALTHCHECK)"));
        return root;
    }

    /// <summary>
    /// Splits the arguments into settings (<c>--Storage:Path x.db</c>, <c>--Content:Path=./content</c>: a name with a colon)
    /// and the rest, which is the verb and its own arguments.
    /// </summary>
    public static (IReadOnlyList<string> Settings, IReadOnlyList<string> Command) SplitSettings(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var command = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            if (arg.StartsWith("--", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    settings.Add(args[++i]);
                }
            }
            else
            {
                command.Add(arg);
            }
        }

        return (settings, command);
    }

    /// <summary>Whether the parse asked for help (<c>--help</c>, <c>-h</c>, <c>-?</c>) rather than for a verb to run.</summary>
    public static bool IsHelp(ParseResult parse) => parse.Action is HelpAction;
}
