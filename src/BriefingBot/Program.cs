using BriefingBot.Host.Cli;

return await BriefingBotCommandLine.RunAsync(args);
