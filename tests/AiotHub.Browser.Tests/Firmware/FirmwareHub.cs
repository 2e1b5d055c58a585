using AiotHub.Benchmarks.Ota;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Tests;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Browser.Tests.Firmware;

/// <summary>
/// A hub of its own for the firmware pages, set up through the public API as a maker and an owner would: a
/// device-maker token of <see cref="Vendor"/> whose model <see cref="Model"/> (the shipped metering plug renamed) is
/// uploaded and published, its Ed25519 key (openssl) registered when a test first signs; two devices of that model provisioned in the default
/// home's study and run in this process on firmware 1.0.0 as real MQTT clients. Started once for the test class.
/// </summary>
public sealed class FirmwareHub : IAsyncLifetime
{
    public const string Vendor = "acme";
    public const string Model = "acme.plug.app1";
    public const string KeyId = "k1";
    public static readonly string[] DeviceIds = ["desk-plug", "lamp-plug"];

    private GatewayProcess? _hub;
    private SimulatorFleet? _fleet;
    private DeviceProfile? _profile;

    public HttpClient Owner { get; private set; } = null!;

    public HttpClient Maker { get; private set; } = null!;

    public string OwnerSecret { get; private set; } = "";

    public string MakerSecret { get; private set; } = "";

    internal MakerKey? Key { get; private set; }

    public Uri BaseAddress => _hub!.BaseAddress;

    public string HubOutput => _hub?.Output ?? "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(BrowserHub.ChromiumPath))
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var ct = timeout.Token;
        _hub = GatewayProcess.Start();
        try
        {
            Owner = await _hub.CreateOwnerClientAsync(ct);
            OwnerSecret = Owner.DefaultRequestHeaders.Authorization!.Parameter!;
            var token = await SendAsync(Owner, HttpMethod.Post, "/api/v1/homes/home/tokens",
                new JsonObject { ["name"] = "Acme lab", ["role"] = "device-maker", ["namespace"] = Vendor }, ct);
            MakerSecret = token.GetProperty("secret").GetString()!;
            Maker = new HttpClient { BaseAddress = BaseAddress };
            Maker.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MakerSecret);
            _profile = await UploadProfileAsync(ct);
            _fleet = await StartDevicesAsync(ct);
            await WaitOnlineAsync(ct);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"The firmware hub was not ready within 120 s. The hub said:\n{_hub.Output}");
        }
    }

    /// <summary>A token of the default home (member, guest …) through the API; returns its secret.</summary>
    public async Task<string> CreateTokenAsync(string name, string role, CancellationToken cancellationToken)
    {
        var token = await SendAsync(Owner, HttpMethod.Post, "/api/v1/homes/home/tokens", new JsonObject { ["name"] = name, ["role"] = role }, cancellationToken);
        return token.GetProperty("secret").GetString()!;
    }

    /// <summary>A client presenting another token.</summary>
    public HttpClient CreateClient(string secret)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    /// <summary>The maker's Ed25519 key (openssl), registered with the hub as <see cref="KeyId"/> the first time it is asked for.</summary>
    internal async Task<MakerKey> KeyAsync(CancellationToken cancellationToken)
    {
        if (Key is null)
        {
            var key = await MakerKey.CreateAsync(cancellationToken);
            await SendAsync(Maker, HttpMethod.Post, $"/api/v1/makers/{Vendor}/keys", new JsonObject { ["id"] = KeyId, ["publicKey"] = key.PublicKeyPem }, cancellationToken);
            Key = key;
        }

        return Key;
    }

    /// <summary>
    /// A release image of <paramref name="size"/> seeded bytes written to a file (as a maker has it on disk), with its
    /// SHA-256 and the openssl signature of the statement the hub verifies.
    /// </summary>
    internal async Task<SignedImage> SignImageAsync(string version, int size, int seed, CancellationToken cancellationToken)
    {
        var image = new byte[size];
        new Random(seed).NextBytes(image);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image));
        var signature = await (await KeyAsync(cancellationToken)).SignAsync(Core.Firmware.FirmwareSignature.Statement(Model, version, null, size, sha256), cancellationToken);
        var path = Path.Combine(Directory.CreateTempSubdirectory("aiothub-app-image-").FullName, $"{Model}-{version}.bin");
        await File.WriteAllBytesAsync(path, image, cancellationToken);
        return new SignedImage(path, sha256, signature, size);
    }

    /// <summary>Uploads a signed release through the API (multipart: the release's JSON and the image); returns its id.</summary>
    public async Task<string> UploadReleaseAsync(string version, string notesEn, string notesZh, CancellationToken cancellationToken)
    {
        var signed = await SignImageAsync(version, 4096, version.GetHashCode(StringComparison.Ordinal), cancellationToken);
        var release = new JsonObject
        {
            ["model"] = Model, ["version"] = version, ["notes"] = new JsonObject { ["en"] = notesEn, ["zh"] = notesZh },
            ["sha256"] = signed.Sha256, ["size"] = signed.Size, ["keyId"] = KeyId, ["signature"] = signed.Signature,
        };
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(release.ToJsonString(), Encoding.UTF8, "application/json"), "release");
        var part = new ByteArrayContent(await File.ReadAllBytesAsync(signed.Path, cancellationToken));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "image", Path.GetFileName(signed.Path));
        using var response = await Maker.PostAsync($"/api/v1/makers/{Vendor}/releases", form, cancellationToken);
        return (await ExpectAsync(response, cancellationToken)).GetProperty("id").GetString()!;
    }

    /// <summary>The home's firmware as the API answers it (GET …/firmware).</summary>
    public async Task<JsonElement> HomeFirmwareAsync(CancellationToken cancellationToken) =>
        await Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/firmware", cancellationToken);

    internal static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request, cancellationToken);
        return await ExpectAsync(response, cancellationToken);
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    // The shipped metering plug as the maker's own model, uploaded as version 1 and published.
    private async Task<DeviceProfile> UploadProfileAsync(CancellationToken cancellationToken)
    {
        var json = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "device-profiles", "aiot.plug.meter1.json"), cancellationToken))
            .Replace("aiot.plug.meter1", Model, StringComparison.Ordinal);
        using (var content = new StringContent(json, Encoding.UTF8, "application/json"))
        using (var response = await Maker.PostAsync("/api/v1/profiles", content, cancellationToken))
            await ExpectAsync(response, cancellationToken);
        using (var published = await Maker.PostAsync($"/api/v1/profiles/{Model}/versions/1/publish", null, cancellationToken))
            await ExpectAsync(published, cancellationToken);
        var parsed = DeviceProfileParser.Parse(json);
        Assert.True(parsed.IsValid, "the renamed plug profile does not parse");
        return parsed.Profile;
    }

    private async Task<SimulatorFleet> StartDevicesAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["devices"] = new JsonArray(
                new JsonObject { ["id"] = DeviceIds[0], ["model"] = Model, ["name"] = "Desk plug", ["room"] = "Study" },
                new JsonObject { ["id"] = DeviceIds[1], ["model"] = Model, ["name"] = "Lamp plug", ["room"] = "Study" }),
        };
        var file = await SendAsync(Owner, HttpMethod.Post, "/api/v1/homes/home/devices/provision", body, cancellationToken);
        var credentials = file.GetProperty("devices").EnumerateArray().ToDictionary(
            d => d.GetProperty("id").GetString()!,
            d => new SimulatorCredential(d.GetProperty("userName").GetString(), d.GetProperty("password").GetString()),
            StringComparer.Ordinal);
        var options = new FleetOptions { Port = _hub!.MqttPort, Credentials = credentials };
        options.Device.Rate = 0;
        options.Device.Firmware = "1.0.0";
        // The plugs take an offered update for real; at 64 bytes/s an 8 KiB image downloads for two minutes, so a test
        // sees the update offered and downloading (and the owner's postpone) instead of racing the install.
        options.Device.Ota.DownloadBytesPerSecond = 64;
        var scenario = new SimulationScenario("firmware-app", [new ScenarioRoom("Study", [.. DeviceIds.Select(id => new ScenarioDevice(id, Model, id, "Study"))])], []);
        var fleet = SimulatorFleet.FromScenario(options, scenario, [_profile!]);
        await fleet.StartAsync(cancellationToken);
        return fleet;
    }

    private async Task WaitOnlineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices?limit=100", cancellationToken);
            if (page.GetProperty("items").EnumerateArray().Count(d => d.GetProperty("availability").GetProperty("state").GetString() == "online"
                && d.TryGetProperty("firmware", out var f) && f.GetString() == "1.0.0") == DeviceIds.Length)
                return;
            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Owner?.Dispose();
        Maker?.Dispose();
        Key?.Dispose();
        if (_fleet is not null)
            await _fleet.DisposeAsync();
        if (_hub is not null)
            await _hub.DisposeAsync();
    }
}
