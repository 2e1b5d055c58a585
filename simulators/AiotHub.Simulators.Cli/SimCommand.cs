using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AiotHub.Mqtt.Protocol;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Cli;

/// <summary>`aiothub-sim`: runs a fleet of simulated devices from profiles (or a scenario) against a broker until stopped.</summary>
internal static class SimCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    private static readonly Option<string> Broker = new("--broker") { Description = "The MQTT broker, mqtt://host:port", DefaultValueFactory = _ => "mqtt://127.0.0.1:1883" };
    private static readonly Option<string?> UserName = new("--username") { Description = "MQTT user name for every device" };
    private static readonly Option<string?> Password = new("--password") { Description = "MQTT password for every device" };
    private static readonly Option<string[]> Profiles = new("--profiles")
    {
        Description = "Profile JSON files or directories of them",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => ["device-profiles"],
    };
    private static readonly Option<int> Count = new("--count") { Description = "How many devices, spread over the profiles (ignored with --scenario)", DefaultValueFactory = _ => 10 };
    private static readonly Option<double> Rate = new("--rate") { Description = "Property reports per device per second", DefaultValueFactory = _ => 0.1 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed for every random choice, so runs repeat", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> Scenario = new("--scenario") { Description = "A scenario JSON file: rooms, devices and a timeline (simulators/README.md)" };
    private static readonly Option<int> Latency = new("--latency") { Description = "Milliseconds a device takes to apply a command", DefaultValueFactory = _ => 50 };
    private static readonly Option<double> DropAcks = new("--drop-acks") { Description = "Fault: chance (0-1) that a command gets no reply" };
    private static readonly Option<int> AckDelay = new("--ack-delay") { Description = "Fault: extra milliseconds before every reply" };
    private static readonly Option<double> OutOfRange = new("--out-of-range") { Description = "Fault: chance (0-1) that a report carries a value outside the profile's range" };
    private static readonly Option<double> Malformed = new("--malformed") { Description = "Fault: chance (0-1) that a report is malformed JSON" };
    private static readonly Option<double> OutageEvery = new("--outage-every") { Description = "Fault: mean seconds between abrupt disconnects per device (0: none)" };
    private static readonly Option<double> OutageFor = new("--outage-for") { Description = "Fault: seconds an outage lasts", DefaultValueFactory = _ => 30 };
    private static readonly Option<string> TopicRoot = new("--topic-root") { Description = "Topic root (the hub's Devices:TopicRoot)", DefaultValueFactory = _ => "aiot" };
    private static readonly Option<bool> Mqtt5 = new("--mqtt5") { Description = "Connect with MQTT 5.0 instead of 3.1.1" };
    private static readonly Option<int> KeepAlive = new("--keep-alive") { Description = "MQTT keep-alive in seconds", DefaultValueFactory = _ => 60 };
    private static readonly Option<int> ConnectConcurrency = new("--connect-concurrency") { Description = "Connections opened at once", DefaultValueFactory = _ => 64 };
    private static readonly Option<double> Duration = new("--duration") { Description = "Stop after this many seconds (default: until Ctrl+C)" };
    private static readonly Option<string?> Credentials = new("--credentials")
    {
        Description = "A credentials file from the hub's provisioning API (POST /api/v1/homes/{home}/devices/provision): the devices to run, each with its own secret; its broker unless --broker is given",
    };
    private static readonly Option<string?> Pair = new("--pair") { Description = "Pair the one simulated device (--count 1) with this one-time code from the hub's Add a device, then run it with the credentials it got" };
    private static readonly Option<double> VoiceUtterances = new("--voice-utterances")
    {
        Description = "Devices that listen (speakers, TVs, TV boxes) speak built-in utterances to the hub's assistant about every S seconds each, "
            + "and the assistant acts on the home (default 0: silent; scenarios' say steps still speak)",
    };
    private static readonly Option<string> Firmware = new("--firmware") { Description = "The firmware every device starts with", DefaultValueFactory = _ => "1.0.0" };
    private static readonly Option<double> OtaStall = new("--ota-stall") { Description = "Fault: chance (0-1) per firmware job that the download stalls (-4301)" };
    private static readonly Option<double> OtaBadHash = new("--ota-bad-hash") { Description = "Fault: chance (0-1) per firmware job that the image arrives corrupted (-4302)" };
    private static readonly Option<double> OtaApplyFailure = new("--ota-apply-failure") { Description = "Fault: chance (0-1) per firmware job that installing fails (-4303)" };
    private static readonly Option<double> OtaBrick = new("--ota-brick") { Description = "Fault: chance (0-1) per firmware job that the device never comes back after the reboot" };
    private static readonly Option<double> OtaDownloadRate = new("--ota-download-rate") { Description = "Firmware download speed per device in bytes per second (0: unlimited)" };
    private static readonly Option<double> OtaReboot = new("--ota-reboot") { Description = "Seconds a device is away rebooting after an update", DefaultValueFactory = _ => 5 };
    private static readonly Option<bool> OtaNoRollback = new("--ota-no-rollback") { Description = "Devices keep no previous firmware (rollback answers -4306)" };
    private static readonly Option<double> Stats = new("--stats") { Description = "Seconds between status lines (0: none)", DefaultValueFactory = _ => 10 };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot();
        root.Subcommands.Add(HouseholdCommand.Create(stdout, stderr, TimeProvider.System));
        SimSettings? settings = null;
        root.SetAction(async (parse, token) =>
        {
            var errors = new List<string>();
            settings = Read(parse, errors);
            if (settings is null)
            {
                foreach (var error in errors)
                    await stderr.WriteLineAsync(error).ConfigureAwait(false);
                await stderr.WriteLineAsync("Run 'aiothub-sim --help' for usage.").ConfigureAwait(false);
                return UsageError;
            }

            return await RunFleetAsync(settings, stdout, stderr, token).ConfigureAwait(false);
        });
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await stderr.WriteLineAsync(error.Message).ConfigureAwait(false);
            await stderr.WriteLineAsync("Run 'aiothub-sim --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses and checks without running: for tests, and the first half of <see cref="RunAsync"/>.</summary>
    internal static SimSettings? Parse(string[] args, List<string> errors)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            errors.AddRange(parse.Errors.Select(e => e.Message));
            return null;
        }

        return Read(parse, errors);
    }

    private static RootCommand CreateRoot() => new("Runs simulated AiotHub devices (docs/mqtt-protocol.md) against an MQTT broker")
    {
        Broker, UserName, Password, Profiles, Count, Rate, Seed, Scenario, Latency, DropAcks, AckDelay, OutOfRange, Malformed,
        OutageEvery, OutageFor, TopicRoot, Mqtt5, KeepAlive, ConnectConcurrency, Duration, Stats, Credentials, Pair, VoiceUtterances,
        Firmware, OtaStall, OtaBadHash, OtaApplyFailure, OtaBrick, OtaDownloadRate, OtaReboot, OtaNoRollback,
    };

    private static SimSettings? Read(ParseResult parse, List<string> errors)
    {
        CredentialsFile? credentials = null;
        if (parse.GetValue(Credentials) is { } credentialsPath)
        {
            var (file, fileErrors) = CredentialsFile.Read(credentialsPath);
            credentials = file;
            errors.AddRange(fileErrors.Select(e => $"--credentials {credentialsPath}: {e}"));
        }

        // The file names the broker as the hub saw the caller; --broker, when given, wins.
        var broker = credentials?.Broker is { } fileBroker && parse.GetResult(Broker) is null or { Implicit: true } ? fileBroker : parse.GetValue(Broker)!;
        if (!BrokerAddress.TryParse(broker, out var host, out var port, out var brokerError))
            errors.Add(brokerError);
        var pairingCode = parse.GetValue(Pair);
        Check(pairingCode is null || (parse.GetValue(Count) == 1 && credentials is null && parse.GetValue(Scenario) is null),
            "--pair pairs one device: use it with --count 1, without --scenario or --credentials", errors);
        var count = parse.GetValue(Count);
        var rate = parse.GetValue(Rate);
        Check(count >= 0, "--count must be 0 or more", errors);
        Check(double.IsFinite(rate) && rate is >= 0 and <= 100, "--rate must be from 0 to 100 reports per device per second", errors);
        Check(parse.GetValue(Latency) >= 0, "--latency must be 0 or more milliseconds", errors);
        Check(parse.GetValue(AckDelay) >= 0, "--ack-delay must be 0 or more milliseconds", errors);
        foreach (var (option, name) in new[] { (DropAcks, "--drop-acks"), (OutOfRange, "--out-of-range"), (Malformed, "--malformed"),
            (OtaStall, "--ota-stall"), (OtaBadHash, "--ota-bad-hash"), (OtaApplyFailure, "--ota-apply-failure"), (OtaBrick, "--ota-brick") })
            Check(parse.GetValue(option) is >= 0 and <= 1, $"{name} must be a probability from 0 to 1", errors);
        Check(parse.GetValue(OutageEvery) >= 0 && parse.GetValue(OutageFor) > 0, "--outage-every must be 0 or more and --outage-for more than 0 seconds", errors);
        Check(parse.GetValue(KeepAlive) is >= 0 and <= 65535, "--keep-alive must be 0 to 65535 seconds", errors);
        Check(parse.GetValue(ConnectConcurrency) >= 1, "--connect-concurrency must be at least 1", errors);
        var voice = parse.GetValue(VoiceUtterances);
        Check(voice == 0 || (double.IsFinite(voice) && voice is >= 1 and <= 86_400), "--voice-utterances must be 0 (silent) or 1 to 86400 seconds", errors);
        Check(parse.GetValue(Duration) >= 0 && parse.GetValue(Stats) >= 0, "--duration and --stats must be 0 or more seconds", errors);
        Check(AiotHub.Core.Firmware.FirmwareVersion.TryParse(parse.GetValue(Firmware), out _), "--firmware must be a version such as 1.4.2", errors);
        Check(parse.GetValue(OtaDownloadRate) is >= 0 and <= 1e10, "--ota-download-rate must be 0 (unlimited) or bytes per second", errors);
        Check(parse.GetValue(OtaReboot) is >= 0 and <= 3600, "--ota-reboot must be 0 to 3600 seconds", errors);
        var topicRoot = credentials?.TopicRoot is { } fileRoot && parse.GetResult(TopicRoot) is null or { Implicit: true } ? fileRoot : parse.GetValue(TopicRoot)!;
        Check(topicRoot.Length > 0 && !topicRoot.Contains('/', StringComparison.Ordinal) && !topicRoot.Contains('+', StringComparison.Ordinal) && !topicRoot.Contains('#', StringComparison.Ordinal),
            "--topic-root must be one topic level without wildcards", errors);
        var scenario = parse.GetValue(Scenario);
        if (scenario is not null && !File.Exists(scenario))
            errors.Add($"--scenario: file not found: {scenario}");
        var profiles = parse.GetValue(Profiles) ?? [];
        foreach (var path in profiles.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            errors.Add($"--profiles: no such file or directory: {path}");
        if (errors.Count > 0)
            return null;

        var fleet = new FleetOptions
        {
            Host = host!,
            Port = port,
            UserName = parse.GetValue(UserName),
            Password = parse.GetValue(Password),
            ProtocolVersion = parse.GetValue(Mqtt5) ? MqttProtocolVersion.V500 : MqttProtocolVersion.V311,
            KeepAlive = TimeSpan.FromSeconds(parse.GetValue(KeepAlive)),
            ConnectConcurrency = parse.GetValue(ConnectConcurrency),
            Seed = parse.GetValue(Seed),
        };
        var device = fleet.Device;
        device.TopicRoot = topicRoot;
        device.Rate = rate;
        device.Latency = TimeSpan.FromMilliseconds(parse.GetValue(Latency));
        device.UtcOffset = TimeZoneInfo.Local.GetUtcOffset(DateTimeOffset.UtcNow);
        device.UtteranceInterval = voice > 0 ? TimeSpan.FromSeconds(voice) : null;
        device.Faults.DropAckProbability = parse.GetValue(DropAcks);
        device.Faults.AckDelay = TimeSpan.FromMilliseconds(parse.GetValue(AckDelay));
        device.Faults.OutOfRangeProbability = parse.GetValue(OutOfRange);
        device.Faults.MalformedProbability = parse.GetValue(Malformed);
        device.Faults.MeanTimeBetweenOutages = parse.GetValue(OutageEvery) > 0 ? TimeSpan.FromSeconds(parse.GetValue(OutageEvery)) : null;
        device.Faults.OutageDuration = TimeSpan.FromSeconds(parse.GetValue(OutageFor));
        device.Firmware = parse.GetValue(Firmware)!;
        device.Faults.OtaStallProbability = parse.GetValue(OtaStall);
        device.Faults.OtaBadHashProbability = parse.GetValue(OtaBadHash);
        device.Faults.OtaApplyFailureProbability = parse.GetValue(OtaApplyFailure);
        device.Faults.OtaBrickProbability = parse.GetValue(OtaBrick);
        device.Ota.DownloadBytesPerSecond = parse.GetValue(OtaDownloadRate) > 0 ? parse.GetValue(OtaDownloadRate) : null;
        device.Ota.RebootDuration = TimeSpan.FromSeconds(parse.GetValue(OtaReboot));
        device.Ota.KeepsPreviousFirmware = !parse.GetValue(OtaNoRollback);
        var duration = parse.GetValue(Duration);
        if (credentials is not null)
            fleet.Credentials = credentials.Credentials;
        return new SimSettings(fleet, profiles, count, scenario, duration > 0 ? TimeSpan.FromSeconds(duration) : null, TimeSpan.FromSeconds(parse.GetValue(Stats)),
            credentials, pairingCode);
    }

    private static void Check(bool condition, string error, List<string> errors)
    {
        if (!condition)
            errors.Add(error);
    }

    private static async Task<int> RunFleetAsync(SimSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (profiles, profileErrors) = ProfileLoader.Load(settings.ProfilePaths);
        foreach (var error in profileErrors)
            await stderr.WriteLineAsync(error).ConfigureAwait(false);
        if (profileErrors.Count > 0 || profiles.Count == 0)
        {
            await stderr.WriteLineAsync(profiles.Count == 0 ? "No valid profiles to simulate." : "Fix the profiles above first.").ConfigureAwait(false);
            return Failed;
        }

        if (settings.PairingCode is { } code && !await PairAsync(settings, code, profiles, stdout, stderr, cancellationToken).ConfigureAwait(false))
            return Failed;

        SimulatorFleet fleet;
        if (settings.ScenarioPath is null && settings.Credentials is { } file)
        {
            try
            {
                fleet = SimulatorFleet.FromScenario(settings.Fleet, file.Scenario, profiles);
            }
            catch (ScenarioException ex)
            {
                foreach (var error in ex.Errors)
                    await stderr.WriteLineAsync($"--credentials: {error}").ConfigureAwait(false);
                return Failed;
            }
        }
        else if (settings.ScenarioPath is { } path)
        {
            var parsed = ScenarioParser.ParseFile(path);
            if (!parsed.IsValid)
            {
                foreach (var error in parsed.Errors)
                    await stderr.WriteLineAsync($"{path}: {error}").ConfigureAwait(false);
                return Failed;
            }

            try
            {
                fleet = SimulatorFleet.FromScenario(settings.Fleet, parsed.Scenario, profiles);
            }
            catch (ScenarioException ex)
            {
                foreach (var error in ex.Errors)
                    await stderr.WriteLineAsync($"{path}: {error}").ConfigureAwait(false);
                return Failed;
            }
        }
        else
        {
            fleet = SimulatorFleet.Create(settings.Fleet, profiles, settings.Count);
        }

        await using (fleet.ConfigureAwait(false))
        {
            fleet.Log = message => stderr.WriteLine(message);
            var options = settings.Fleet;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Starting {fleet.Devices.Count} devices ({profiles.Count} profiles) against mqtt://{options.Host}:{options.Port}, seed {options.Seed}")).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            int connected;
            try
            {
                connected = await fleet.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await stdout.WriteLineAsync("Stopped while connecting.").ConfigureAwait(false);
                return Ok;
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{connected} of {fleet.Devices.Count} connected in {watch.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            if (connected == 0 && fleet.Devices.Count > 0)
            {
                await stderr.WriteLineAsync($"No device could connect to mqtt://{options.Host}:{options.Port}.").ConfigureAwait(false);
                return Failed;
            }

            await WaitAsync(fleet, settings, stdout, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync("Stopping: every device says offline (shutdown) and disconnects.").ConfigureAwait(false);
        }

        return Ok;
    }

    /// <summary>--pair: the one device pairs with the code, and the fleet then runs it with what it got.</summary>
    private static async Task<bool> PairAsync(SimSettings settings, string code, IReadOnlyList<AiotHub.Core.Profiles.DeviceProfile> profiles,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = settings.Fleet;
        var model = profiles[0].Model;
        var id = $"sim-{SimulatorFleet.ShortName(model)}-1";
        try
        {
            var credential = await DevicePairing.PairAsync(options.Host, options.Port, code, id, model, options.Device.TopicRoot, cancellationToken).ConfigureAwait(false);
            options.Credentials = new Dictionary<string, SimulatorCredential>(StringComparer.Ordinal) { [id] = credential };
            await stdout.WriteLineAsync($"Paired {id} ({model}).").ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or AiotHub.Mqtt.Client.MqttClientConnectException or TimeoutException or IOException or System.Net.Sockets.SocketException)
        {
            await stderr.WriteLineAsync($"Pairing {id} failed: {e.Message}").ConfigureAwait(false);
            return false;
        }
    }

    private static async Task WaitAsync(SimulatorFleet fleet, SimSettings settings, TextWriter stdout, CancellationToken cancellationToken)
    {
        var end = settings.Duration is { } d ? DateTime.UtcNow + d : DateTime.MaxValue;
        var interval = settings.StatsInterval > TimeSpan.Zero ? settings.StatsInterval : TimeSpan.FromSeconds(1);
        try
        {
            while (DateTime.UtcNow < end)
            {
                var left = end - DateTime.UtcNow;
                await Task.Delay(left < interval ? left : interval, cancellationToken).ConfigureAwait(false);
                if (settings.StatsInterval > TimeSpan.Zero)
                {
                    await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"connected {fleet.ConnectedCount}/{fleet.Devices.Count}, published {fleet.Published}, commands {fleet.CommandsReceived}, timeline steps {fleet.TimelineStepsRun}, voice commands {fleet.VoiceCommandsSent}, answers {fleet.VoiceAnswersReceived}, firmware updates {fleet.OtaSucceeded} succeeded {fleet.OtaFailed} failed")).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
