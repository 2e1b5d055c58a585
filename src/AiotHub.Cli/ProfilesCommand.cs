using System.CommandLine;
using AiotHub.Core.Profiles;

namespace AiotHub.Cli;

/// <summary>`aiothub profiles validate FILE…`: one line per problem, "ok" per good file, exit 1 if any is bad.</summary>
internal static class ProfilesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Profile JSON files, or directories whose *.json files are checked",
        };
        // System.CommandLine hands an unknown "--flag" to a many-valued argument; a typo'd option should be a usage error.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"Unrecognized option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value}).");
        });
        var validate = new Command("validate", "Check device profiles against the format in docs/device-profiles.md") { files };
        validate.SetAction(parse => Validate(parse.GetValue(files) ?? [], stdout));
        return new Command("profiles", "Work with device profiles") { validate };
    }

    internal static int Validate(IEnumerable<string> arguments, TextWriter stdout)
    {
        var invalid = 0;
        foreach (var file in Expand(arguments))
        {
            var result = DeviceProfileParser.ParseFile(file);
            if (result.IsValid)
            {
                stdout.WriteLine($"{file}: ok");
                continue;
            }

            invalid++;
            foreach (var error in result.Errors)
                stdout.WriteLine($"{file}: {error.Path}: {error.Message}");
        }

        return invalid == 0 ? AiothubCommand.Ok : AiothubCommand.Invalid;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                foreach (var file in Directory.GetFiles(argument, "*.json").Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                yield return argument;
            }
        }
    }
}
