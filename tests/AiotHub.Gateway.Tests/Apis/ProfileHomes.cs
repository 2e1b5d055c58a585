using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>
/// The real hub with two homes: the default one ("home") and "cabin", made the way a restart finds them — a
/// hub.db that already holds the cabin and its devices (the API has no way yet to create a home). Each home
/// has an owner client; the home's owner made a device-maker token for the namespace "acme" over the API.
/// </summary>
internal sealed class ProfileHomes : IAsyncDisposable
{
    public const string Cabin = "cabin";
    public const string Model = "acme.light.a1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private bool _ownsDirectory;
    private bool _disposed;

    private ProfileHomes(string data, bool ownsDirectory)
    {
        Data = data;
        _ownsDirectory = ownsDirectory;
        Hub = new DeviceHub(("Devices:DataDirectory", data));
        Owner = Hub.CreateHttpClient();
        CabinOwner = Hub.CreateHttpClient(Hub.Tokens.Create("cabin owner", [new AccessGrant(Cabin, AccessRole.Owner)], expires: null).Secret);
    }

    public string Data { get; }

    public DeviceHub Hub { get; }

    /// <summary>The owner of the default home.</summary>
    public HttpClient Owner { get; }

    public HttpClient CabinOwner { get; }

    /// <summary>Set by <see cref="StartAsync"/>: the device-maker of "acme", made by the default home's owner.</summary>
    public HttpClient Maker { get; private set; } = null!;

    public string MakerSecret { get; private set; } = "";

    /// <summary>
    /// A hub over a fresh data directory holding the cabin and its devices (id → pinned version, all of
    /// <see cref="Model"/>), and the "acme" maker made by the default home's owner.
    /// </summary>
    public static async Task<ProfileHomes> StartAsync(params (string Id, int? Pinned)[] cabinDevices)
    {
        var data = Directory.CreateTempSubdirectory("aiothub-profile-homes-").FullName;
        await using (var store = DeviceStore.Open(Path.Combine(data, "hub.db")))
        {
            store.SaveHome(new Home(Cabin, "Cabin"));
            foreach (var (id, pinned) in cabinDevices)
            {
                store.SaveDevice(new Device(id, Cabin, null, Model, pinned, null, id, [], null, DeviceStatus.Pending, null,
                    DateTimeOffset.UtcNow, null, DeviceAvailability.NeverSeen, new Dictionary<string, TwinProperty>(), default, null));
            }
        }

        var homes = new ProfileHomes(data, ownsDirectory: true);
        homes.MakerSecret = await homes.CreateMakerAsync(homes.Owner, "home", "acme");
        homes.Maker = homes.Hub.CreateHttpClient(homes.MakerSecret);
        return homes;
    }

    /// <summary>Stops this hub and starts a new one over the same data directory (hub.db, uploads), which it then owns.</summary>
    public async Task<ProfileHomes> RestartAsync()
    {
        _ownsDirectory = false;
        await DisposeAsync();
        var restarted = new ProfileHomes(Data, ownsDirectory: true) { MakerSecret = MakerSecret };
        restarted.Maker = restarted.Hub.CreateHttpClient(MakerSecret);
        return restarted;
    }

    /// <summary>The owner makes a device-maker token over the API; returns its secret.</summary>
    public async Task<string> CreateMakerAsync(HttpClient owner, string homeId, string vendor)
    {
        var created = await owner.PostAsJsonAsync($"/api/v1/homes/{homeId}/tokens", new { name = $"{vendor} lab", role = "device-maker", @namespace = vendor }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString()!;
    }

    /// <summary>The device as its home's API shows it.</summary>
    public static async Task<JsonElement> DeviceAsync(HttpClient owner, string homeId, string deviceId) =>
        await DevicesApiTests.GetJsonAsync(owner, $"/api/v1/homes/{homeId}/devices/{deviceId}");

    /// <summary>The version the hub uses for the device (null while it is pending), as its home's API shows it.</summary>
    public static async Task<int?> ActiveVersionAsync(HttpClient owner, string homeId, string deviceId) =>
        (await DeviceAsync(owner, homeId, deviceId)).TryGetProperty("activeProfileVersion", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, JsonObject profile) =>
        client.PostAsync("/api/v1/profiles", DevicesApiTests.Body(profile.ToJsonString()), Ct);

    public static Task<HttpResponseMessage> PublishAsync(HttpClient client, string model, int version) =>
        client.PostAsync($"/api/v1/profiles/{model}/versions/{version}/publish", null, Ct);

    /// <summary>Uploads and asserts 201.</summary>
    public static async Task UploadCreatedAsync(HttpClient client, JsonObject profile)
    {
        var response = await UploadAsync(client, profile);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>The shipped ceiling light under another model id and version.</summary>
    public static JsonObject Light(int version, string model = Model)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "device-profiles")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, "device-profiles", "aiot.light.ceiling1.json")))!.AsObject();
        profile.Remove("$schema");
        profile["model"] = model;
        profile["version"] = version;
        return profile;
    }

    /// <summary>A compatible next version: brightness widened from 1…100 to 0…100.</summary>
    public static JsonObject Widened(int version, string model = Model)
    {
        var profile = Light(version, model);
        profile["services"]![0]!["properties"]![1]!["value-range"] = new JsonArray(0, 100, 1);
        return profile;
    }

    /// <summary>A breaking next version: brightness widened, color-temperature removed.</summary>
    public static JsonObject WithoutColorTemperature(int version, string model = Model)
    {
        var profile = Widened(version, model);
        profile["services"]![0]!["properties"]!.AsArray().RemoveAt(2);
        return profile;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        Owner.Dispose();
        CabinOwner.Dispose();
        Maker?.Dispose();
        await Hub.DisposeAsync();
        if (_ownsDirectory)
        {
            try
            {
                Directory.Delete(Data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
