using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Cli.Tests;

/// <summary>`aiothub mqtt mosquitto-acl`: its text, and the rules it states enforced by a real mosquitto.</summary>
public sealed class MosquittoAclCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void PrintsPatternLinesForEveryDeviceAndReadWriteForTheHubUser()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = AiothubCommand.Run(["mqtt", "mosquitto-acl", "--root", "home/aiot", "--hub-user", "hub"], stdout, stderr);

        Assert.Equal(AiothubCommand.Ok, code);
        var lines = stdout.ToString().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(
        [
            "pattern write home/aiot/%u/announce", "pattern write home/aiot/%u/availability", "pattern write home/aiot/%u/properties",
            "pattern write home/aiot/%u/events/+", "pattern write home/aiot/%u/reply", "pattern write home/aiot/%u/ota/status",
            "pattern read home/aiot/%u/set", "pattern read home/aiot/%u/call", "pattern read home/aiot/%u/get", "pattern read home/aiot/%u/ota",
            "user hub", "topic readwrite home/aiot/#",
        ], lines);
    }

    [Theory]
    [InlineData("--root", "aiot/#")]
    [InlineData("--root", "$SYS")]
    [InlineData("--hub-user", "two words")]
    public void RefusesARootOrHubUserThatWouldWidenTheRules(string option, string value)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(AiothubCommand.UsageError, AiothubCommand.Run(["mqtt", "mosquitto-acl", option, value], stdout, stderr));
        Assert.Empty(stdout.ToString());
        Assert.Contains(option, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MosquittoWithTheGeneratedAclKeepsEachDeviceToItsOwnTopics()
    {
        var passwd = Requires.Executable("mosquitto_passwd", "mosquitto");
        var pub = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        var sub = Requires.Executable("mosquitto_sub", "mosquitto-clients");
        // mosquitto_sub block-buffers a pipe; stdbuf makes its lines arrive as they are printed.
        var stdbuf = Requires.Executable("stdbuf", "coreutils");
        var directory = Directory.CreateTempSubdirectory("aiothub-acl-").FullName;
        try
        {
            var passwords = Path.Combine(directory, "passwords");
            var acl = Path.Combine(directory, "acl");
            foreach (var (user, password) in new[] { ("aiothub", "hub-secret"), ("lamp-1", "lamp-1-secret"), ("lamp-2", "lamp-2-secret") })
            {
                await using var add = ChildProcess.Start(passwd, File.Exists(passwords) ? ["-b", passwords, user, password] : ["-b", "-c", passwords, user, password]);
                Assert.Equal(0, await add.WaitForExitAsync(TimeSpan.FromSeconds(10), Ct));
            }

            using (var stdout = new StringWriter())
            {
                Assert.Equal(AiothubCommand.Ok, AiothubCommand.Run(["mqtt", "mosquitto-acl"], stdout, TextWriter.Null));
                await File.WriteAllTextAsync(acl, stdout.ToString(), Ct);
            }

            // docs/security.md's configuration: the devices' listener binds each client id to its user name; the
            // hub's own listener does not (its two connections share one user).
            var hubPort = FreePort.Next();
            var options = new MosquittoBrokerOptions { PasswordFile = passwords };
            options.LeadingConfigLines.Add("per_listener_settings true");
            options.ExtraConfigLines.AddRange([
                $"acl_file {acl}", "use_username_as_clientid true",
                $"listener {hubPort} {MosquittoBroker.Host}", "allow_anonymous false", $"password_file {passwords}", $"acl_file {acl}"]);
            await using var broker = await MosquittoBroker.StartAsync(options, Ct);
            string[] Client(string user)
            {
                var port = user == "aiothub" ? hubPort : broker.Port;
                return ["-h", MosquittoBroker.Host, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-u", user,
                    "-P", user == "aiothub" ? "hub-secret" : $"{user}-secret", "-V", "mqttv311"];
            }
            async Task PublishAsync(string user, string topic)
            {
                await using var process = ChildProcess.Start(pub, [.. Client(user), "-q", "1", "-t", topic, "-m", "{}"]);
                Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(10), Ct));
            }

            // The hub and lamp-2 both listen to everything below the root; lamp-2 is told only its own commands.
            // (lamp-2 only listens: with use_username_as_clientid a device has one connection at a time.)
            await using var hub = ChildProcess.Start(stdbuf, ["-oL", sub, .. Client("aiothub"), "-q", "1", "-t", "aiot/#", "-v", "-d"]);
            await using var lamp = ChildProcess.Start(stdbuf, ["-oL", sub, .. Client("lamp-2"), "-q", "1", "-t", "aiot/#", "-v", "-d"]);
            await hub.WaitForLineAsync(l => l.Contains("SUBACK", StringComparison.Ordinal), TimeSpan.FromSeconds(10), Ct);
            await lamp.WaitForLineAsync(l => l.Contains("SUBACK", StringComparison.Ordinal), TimeSpan.FromSeconds(10), Ct);

            await PublishAsync("lamp-1", "aiot/lamp-2/announce");     // another device's report: dropped
            await PublishAsync("lamp-1", "aiot/lamp-2/availability"); // dropped
            await PublishAsync("lamp-1", "aiot/lamp-1/set");          // a command: only the hub sends those
            await PublishAsync("aiothub", "aiot/lamp-1/set");
            await PublishAsync("aiothub", "aiot/lamp-2/set");
            await PublishAsync("lamp-1", "aiot/lamp-1/announce");

            await hub.WaitForLineAsync(l => l.StartsWith("aiot/lamp-1/announce ", StringComparison.Ordinal), TimeSpan.FromSeconds(10), Ct);
            await lamp.WaitForLineAsync(l => l.StartsWith("aiot/lamp-2/set ", StringComparison.Ordinal), TimeSpan.FromSeconds(10), Ct);
            static List<string> Topics(ChildProcess process) =>
                [.. process.Lines.Where(l => l.StartsWith("aiot/", StringComparison.Ordinal)).Select(l => l.Split(' ')[0])];
            Assert.Equal(["aiot/lamp-1/set", "aiot/lamp-2/set", "aiot/lamp-1/announce"], Topics(hub));
            Assert.Equal(["aiot/lamp-2/set"], Topics(lamp));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
