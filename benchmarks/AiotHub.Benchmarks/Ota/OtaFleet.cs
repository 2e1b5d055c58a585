using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Benchmarks.Ota;

/// <summary>
/// What a firmware rollout at scale needs on a running hub, set up through its public API as a maker and an owner
/// would: a device-maker token of <see cref="Vendor"/> whose model <see cref="Model"/> (the built-in smart plug
/// renamed) is uploaded and published; a sandbox home of testers (its owner's tester switch on) and the default home
/// "home", their devices provisioned in bulk (one model, firmware 1.0.0); the maker's Ed25519 key (openssl)
/// registered. The fleet itself is <see cref="CreateFleet"/>: in this process, so a scenario may reach into a device
/// (a disconnect mid-download, faults before a release).
/// </summary>
internal sealed class OtaFleet : IDisposable
{
    public const string Vendor = "acme";
    public const string Model = "acme.plug.ota1";
    public const string KeyId = "k1";
    public const string TesterHomeName = "Tester lab";

    private readonly DeviceProfile _profile;
    private readonly Dictionary<string, SimulatorCredential> _credentials;
    private readonly List<ScenarioDevice> _devices;

    private OtaFleet(HttpClient owner, HttpClient maker, MakerKey key, DeviceProfile profile, string testerHome,
        Dictionary<string, SimulatorCredential> credentials, List<ScenarioDevice> devices, IReadOnlySet<string> testers)
    {
        Owner = owner;
        Maker = maker;
        Key = key;
        _profile = profile;
        TesterHome = testerHome;
        _credentials = credentials;
        _devices = devices;
        Testers = testers;
    }

    /// <summary>
    /// The hub's settings for rollouts that fit in minutes, given on its command line by the test and the benchmark
    /// alike: the engine plans every 0.5 s (2 s by default; reports wake it sooner anyway) and re-offers an update a
    /// device made no progress on after 1 minute (10 by default). The soak and the not-back time are the rollout's own
    /// (<see cref="OtaScenarios.RolloutBody"/>).
    /// </summary>
    public static readonly string[] HubArguments = ["--Ota:Rollouts:Tick=00:00:00.500", "--Ota:Rollouts:OfferTimeout=00:01:00"];

    public HttpClient Owner { get; }

    public HttpClient Maker { get; }

    public MakerKey Key { get; }

    public string TesterHome { get; }

    public IReadOnlySet<string> Testers { get; }

    public int DeviceCount => _devices.Count;

    /// <summary>
    /// Sets it all up on the hub <paramref name="owner"/> (a client with the default home's owner token) speaks to:
    /// <paramref name="testers"/> devices in the tester home, the rest of <paramref name="devices"/> in "home".
    /// </summary>
    public static async Task<OtaFleet> CreateAsync(HttpClient owner, int devices, int testers, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(devices, testers);
        var maker = await CreateMakerAsync(owner, cancellationToken);
        var profile = await UploadProfileAsync(maker, cancellationToken);
        var created = await SendAsync(owner, HttpMethod.Post, "/api/v1/homes", new JsonObject { ["name"] = TesterHomeName }, cancellationToken);
        var testerHome = created.GetProperty("id").GetString()!;

        var credentials = new Dictionary<string, SimulatorCredential>(StringComparer.Ordinal);
        var scenarioDevices = new List<ScenarioDevice>(devices);
        var testerIds = new HashSet<string>(StringComparer.Ordinal);
        var ids = Enumerable.Range(1, devices).Select(i => string.Create(CultureInfo.InvariantCulture, $"ota-plug-{i}")).ToArray();
        // Testers spread over the ids (every n-th), so no stage is "the first devices".
        var every = testers == 0 ? int.MaxValue : devices / testers;
        var testerList = ids.Where((_, i) => i % every == 0).Take(testers).ToList();
        testerIds.UnionWith(testerList);
        await ProvisionAsync(owner, testerHome, testerList, "Tester bench", credentials, scenarioDevices, cancellationToken);
        await ProvisionAsync(owner, "home", [.. ids.Where(id => !testerIds.Contains(id))], "Plugs", credentials, scenarioDevices, cancellationToken);

        var key = await MakerKey.CreateAsync(cancellationToken);
        await SendAsync(maker, HttpMethod.Post, $"/api/v1/makers/{Vendor}/keys", new JsonObject { ["id"] = KeyId, ["publicKey"] = key.PublicKeyPem }, cancellationToken);
        return new OtaFleet(owner, maker, key, profile, testerHome, credentials, scenarioDevices, testerIds);
    }

    /// <summary>The owner of the tester home switches its tester setting on (the rollout's first ring).</summary>
    public Task SwitchTestersOnAsync(CancellationToken cancellationToken) =>
        SendAsync(Owner, HttpMethod.Put, $"/api/v1/homes/{TesterHome}/firmware/settings", new JsonObject { ["tester"] = true }, cancellationToken);

    /// <summary>
    /// The fleet, not yet started: every device of the model on firmware 1.0.0, reports only on change, downloads at
    /// <paramref name="downloadBytesPerSecond"/> (a device's radio, so a download takes seconds as on a real device and
    /// can be caught mid-way), installs in 1 s and reboots in 2 s.
    /// </summary>
    public SimulatorFleet CreateFleet(int mqttPort, int seed, double downloadBytesPerSecond, Action<FleetOptions>? configure = null)
    {
        var options = new FleetOptions
        {
            Port = mqttPort,
            Credentials = _credentials,
            Seed = seed,
            ConnectConcurrency = 200,
        };
        options.Device.Rate = 0;
        options.Device.Firmware = "1.0.0";
        options.Device.Ota.DownloadBytesPerSecond = downloadBytesPerSecond;
        options.Device.Ota.ApplyDuration = TimeSpan.FromSeconds(1);
        options.Device.Ota.RebootDuration = TimeSpan.FromSeconds(2);
        configure?.Invoke(options);
        var scenario = new SimulationScenario("ota-scale", [.. _devices.GroupBy(d => d.Room).Select(g => new ScenarioRoom(g.Key, [.. g]))], []);
        return SimulatorFleet.FromScenario(options, scenario, [_profile]);
    }

    /// <summary>
    /// Uploads a release of <see cref="Model"/>: <paramref name="size"/> bytes of seeded noise, its SHA-256, the statement
    /// signed with the maker's key by openssl; returns the release's id.
    /// </summary>
    public async Task<string> UploadReleaseAsync(string version, int size, int seed, CancellationToken cancellationToken)
    {
        var image = new byte[size];
        new Random(seed).NextBytes(image);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image));
        var signature = await Key.SignAsync(Core.Firmware.FirmwareSignature.Statement(Model, version, null, size, sha256), cancellationToken);
        var release = new JsonObject
        {
            ["model"] = Model,
            ["version"] = version,
            ["notes"] = new JsonObject { ["en"] = $"Release {version} for the scale test.", ["zh"] = $"用于规模测试的 {version} 版本。" },
            ["sha256"] = sha256,
            ["size"] = size,
            ["keyId"] = KeyId,
            ["signature"] = signature,
        };
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(release.ToJsonString(), Encoding.UTF8, "application/json"), "release");
        var part = new ByteArrayContent(image);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "image", $"{Model}-{version}.bin");
        using var response = await Maker.PostAsync($"/api/v1/makers/{Vendor}/releases", form, cancellationToken);
        var body = await Expect(response, cancellationToken);
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>Starts a rollout of <paramref name="releaseId"/>; the body is the API's (stages, soak, thresholds…).</summary>
    public async Task<string> StartRolloutAsync(string releaseId, JsonObject body, CancellationToken cancellationToken)
    {
        var rollout = await SendAsync(Maker, HttpMethod.Post, $"/api/v1/makers/{Vendor}/releases/{releaseId}/rollouts", body, cancellationToken);
        return rollout.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> RolloutAsync(string rolloutId, CancellationToken cancellationToken) =>
        await Maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/{Vendor}/rollouts/{rolloutId}", cancellationToken);

    public void Dispose() => Key.Dispose();

    internal static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await http.SendAsync(request, cancellationToken);
        return await Expect(response, cancellationToken);
    }

    private static async Task<JsonElement> Expect(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<HttpClient> CreateMakerAsync(HttpClient owner, CancellationToken cancellationToken)
    {
        var token = await SendAsync(owner, HttpMethod.Post, "/api/v1/homes/home/tokens",
            new JsonObject { ["name"] = "acme lab", ["role"] = "device-maker", ["namespace"] = Vendor }, cancellationToken);
        var maker = new HttpClient { BaseAddress = owner.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        maker.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("secret").GetString());
        return maker;
    }

    /// <summary>The built-in smart plug as the maker's own model, uploaded as version 1 and published (every home may use it).</summary>
    private static async Task<DeviceProfile> UploadProfileAsync(HttpClient maker, CancellationToken cancellationToken)
    {
        var json = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "device-profiles", "aiot.plug.meter1.json"), cancellationToken))
            .Replace("aiot.plug.meter1", Model, StringComparison.Ordinal);
        using (var content = new StringContent(json, Encoding.UTF8, "application/json"))
        using (var response = await maker.PostAsync("/api/v1/profiles", content, cancellationToken))
            await Expect(response, cancellationToken);
        using (var published = await maker.PostAsync($"/api/v1/profiles/{Model}/versions/1/publish", null, cancellationToken))
            await Expect(published, cancellationToken);
        var parsed = DeviceProfileParser.Parse(json);
        return parsed.IsValid ? parsed.Profile : throw new InvalidOperationException("the renamed plug profile does not parse");
    }

    private static async Task ProvisionAsync(HttpClient owner, string home, IReadOnlyList<string> ids, string room,
        Dictionary<string, SimulatorCredential> credentials, List<ScenarioDevice> devices, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(2_000))
        {
            var body = new JsonObject
            {
                ["devices"] = new JsonArray([.. chunk.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["model"] = Model, ["room"] = room })]),
            };
            var file = await SendAsync(owner, HttpMethod.Post, $"/api/v1/homes/{home}/devices/provision", body, cancellationToken);
            foreach (var device in file.GetProperty("devices").EnumerateArray())
            {
                var id = device.GetProperty("id").GetString()!;
                credentials[id] = new SimulatorCredential(device.GetProperty("userName").GetString(), device.GetProperty("password").GetString());
                devices.Add(new ScenarioDevice(id, Model, id, room));
            }
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above " + AppContext.BaseDirectory);
    }
}
