using AiotHub.Simulators.Cli;

return await SimCommand.RunAsync(args, Console.Out, Console.Error);
