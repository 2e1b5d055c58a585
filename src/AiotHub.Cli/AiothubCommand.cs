using System.CommandLine;

namespace AiotHub.Cli;

/// <summary>The `aiothub` command line: a root with one group per area (profiles, mqtt), restore, and setup/health against a running hub.</summary>
internal static class AiothubCommand
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("AiotHub command line tools") { ProfilesCommand.Create(stdout), MqttCommand.Create(stdout, stderr), RestoreCommand.Create(stdout, stderr),
            SetupCommand.Create(stdout, stderr), HealthCommand.Create(stdout, stderr) };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine(error.Message);
            stderr.WriteLine("Run 'aiothub --help' for usage.");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
