using System.CommandLine;

namespace AiotHub.Cli;

/// <summary>`aiothub mqtt mosquitto-acl [--root aiot] [--hub-user aiothub]`: prints the ACL an external Mosquitto needs.</summary>
internal static class MqttCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var root = new Option<string>("--root") { Description = "The hub's Devices:TopicRoot", DefaultValueFactory = _ => "aiot" };
        var hubUser = new Option<string>("--hub-user") { Description = "The user the hub connects with (Mqtt:Url)", DefaultValueFactory = _ => "aiothub" };
        var acl = new Command("mosquitto-acl", "Print a Mosquitto ACL file that binds each device to its own topics (External mode)") { root, hubUser };
        acl.SetAction(parse =>
        {
            var topicRoot = parse.GetValue(root)!;
            var user = parse.GetValue(hubUser)!;
            if (topicRoot.Length == 0 || topicRoot.StartsWith('$') || topicRoot.Split('/').Any(l => l.Length == 0 || l.Contains('+') || l.Contains('#')))
            {
                stderr.WriteLine($"--root '{topicRoot}' must be one or more non-empty topic levels without wildcards, not starting with '$'.");
                return AiothubCommand.UsageError;
            }

            if (user.Length == 0 || user.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                stderr.WriteLine($"--hub-user '{user}' must be a user name without spaces.");
                return AiothubCommand.UsageError;
            }

            stdout.Write(MosquittoAcl.Create(topicRoot, user));
            return AiothubCommand.Ok;
        });
        return new Command("mqtt", "MQTT settings for the hub's devices") { acl };
    }
}
