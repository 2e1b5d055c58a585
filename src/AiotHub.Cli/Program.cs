using AiotHub.Cli;

return AiothubCommand.Run(args, Console.Out, Console.Error);
