using AiotHub.Mqtt.Protocol;
using AiotHub.Simulators.Cli;

namespace AiotHub.Simulators.Tests;

/// <summary>`aiothub-sim` in-process: arguments parse into fleet options; bad input exits non-zero with a clear message.</summary>
public sealed class SimCommandTests
{
    [Fact]
    public void ArgumentsBecomeFleetOptions()
    {
        var errors = new List<string>();
        var settings = SimCommand.Parse(
            ["--broker", "mqtt://broker.local:1884", "--username", "u", "--password", "p", "--profiles", TestProfiles.Directory,
             "--count", "250", "--rate", "0.5", "--seed", "42", "--latency", "200", "--drop-acks", "0.1", "--ack-delay", "1500",
             "--out-of-range", "0.01", "--malformed", "0.02", "--outage-every", "600", "--outage-for", "20", "--mqtt5", "--topic-root", "home"],
            errors);
        Assert.Empty(errors);
        Assert.NotNull(settings);
        var fleet = settings.Fleet;
        Assert.Equal(("broker.local", 1884, "u", "p"), (fleet.Host, fleet.Port, fleet.UserName, fleet.Password));
        Assert.Equal(MqttProtocolVersion.V500, fleet.ProtocolVersion);
        Assert.Equal(250, settings.Count);
        Assert.Equal(42, fleet.Seed);
        Assert.Equal(0.5, fleet.Device.Rate);
        Assert.Equal("home", fleet.Device.TopicRoot);
        Assert.Equal(TimeSpan.FromMilliseconds(200), fleet.Device.Latency);
        Assert.Equal(0.1, fleet.Device.Faults.DropAckProbability);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), fleet.Device.Faults.AckDelay);
        Assert.Equal(0.01, fleet.Device.Faults.OutOfRangeProbability);
        Assert.Equal(0.02, fleet.Device.Faults.MalformedProbability);
        Assert.Equal(TimeSpan.FromMinutes(10), fleet.Device.Faults.MeanTimeBetweenOutages);
        Assert.Equal(TimeSpan.FromSeconds(20), fleet.Device.Faults.OutageDuration);
        Assert.Equal([TestProfiles.Directory], settings.ProfilePaths);
    }

    [Fact]
    public void DevicesAreSilentUnlessVoiceUtterancesAreAskedFor()
    {
        Assert.Null(SimCommand.Parse(["--profiles", TestProfiles.Directory], [])!.Fleet.Device.UtteranceInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), SimCommand.Parse(["--profiles", TestProfiles.Directory, "--voice-utterances", "30"], [])!.Fleet.Device.UtteranceInterval);
        Assert.Null(SimCommand.Parse(["--profiles", TestProfiles.Directory, "--voice-utterances", "0"], [])!.Fleet.Device.UtteranceInterval);
    }

    [Fact]
    public void ThePortDefaultsTo1883()
    {
        var settings = SimCommand.Parse(["--broker", "mqtt://10.0.0.5", "--profiles", TestProfiles.Directory], []);
        Assert.Equal(("10.0.0.5", 1883), (settings!.Fleet.Host, settings.Fleet.Port));
    }

    [Theory]
    [InlineData("--broker", "http://localhost:1883", "--broker: 'http://localhost:1883' is not a broker address like mqtt://127.0.0.1:1883")]
    [InlineData("--broker", "mqtt://u:p@localhost:1883", "give credentials with --username and --password")]
    [InlineData("--count", "-1", "--count must be 0 or more")]
    [InlineData("--count", "many", "many")]
    [InlineData("--rate", "-0.5", "--rate must be from 0 to 100")]
    [InlineData("--drop-acks", "1.5", "--drop-acks must be a probability from 0 to 1")]
    [InlineData("--scenario", "/nonexistent/home.json", "--scenario: file not found: /nonexistent/home.json")]
    [InlineData("--profiles", "/nonexistent/profiles", "--profiles: no such file or directory: /nonexistent/profiles")]
    [InlineData("--frobnicate", "1", "--frobnicate")]
    [InlineData("--voice-utterances", "0.1", "--voice-utterances must be 0 (silent) or 1 to 86400 seconds")]
    public async Task BadInputExitsWithAUsageErrorAndSaysWhy(string option, string value, string message)
    {
        string[] args = option == "--profiles" ? [option, value] : ["--profiles", TestProfiles.Directory, option, value];
        var (code, _, stderr) = await RunAsync(args);
        Assert.Equal(SimCommand.UsageError, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidProfileFailsWithItsErrors()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("aiothub-sim-").FullName, "bad.json");
        await File.WriteAllTextAsync(file, """{ "model": "acme.x.y", "type": "x", "version": 0 }""", TestContext.Current.CancellationToken);
        var (code, _, stderr) = await RunAsync(["--profiles", file, "--broker", "mqtt://127.0.0.1:1"]);
        Assert.Equal(SimCommand.Failed, code);
        Assert.Contains($"{file}: $.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableBrokerFailsClearly()
    {
        var (code, _, stderr) = await RunAsync(["--profiles", TestProfiles.Directory, "--count", "2", "--broker", "mqtt://127.0.0.1:1"]);
        Assert.Equal(SimCommand.Failed, code);
        Assert.Contains("No device could connect to mqtt://127.0.0.1:1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScenarioRunAgainstABrokerAnnouncesEveryDeviceAndStopsCleanly()
    {
        await using var hub = await HubProbe.StartAsync();
        await hub.ListenAsync();
        var scenario = Path.Combine(TestProfiles.RepositoryRoot, "simulators", "scenarios", "home.json");
        var (code, stdout, stderr) = await RunAsync(
            ["--broker", $"mqtt://127.0.0.1:{hub.Port}", "--profiles", TestProfiles.Directory, "--scenario", scenario, "--duration", "1", "--stats", "0"]);
        Assert.True(code == SimCommand.Ok, stderr);
        Assert.Contains("14 of 14 connected", stdout, StringComparison.Ordinal);
        Assert.Contains(hub.Received, m => m.Topic == "aiot/living-speaker/announce");
        await HubProbe.Eventually(() => hub.On("front-door", "availability").Any(m => m.Json.TryGetProperty("reason", out var r) && r.GetString() == "shutdown"),
            "the shutdown availability");
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SimCommand.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
