using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Firmware.Catalog;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// Rollouts through the real hub: a signed release in the catalogue, devices on the embedded broker answering the OTA
/// protocol as the test says, the maker's API watching and the home's API showing each device's update.
/// </summary>
public sealed class RolloutApiTests
{
    private const string Light = "aiot.light.ceiling1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AGoodReleaseMovesStageByStageToCompletedAndEachDeviceIsOfferedOnlyInItsStage()
    {
        await using var hub = new DeviceHub(("Ota:Rollouts:Tick", "00:00:00.100"));
        var releaseId = await AddReleaseAsync(hub, "1.5.0");
        await using var lamp1 = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var lamp2 = await TestDevice.StartAsync(hub.Port, "lamp-2", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await hub.WaitOnlineAsync("lamp-2", Ct);
        using var maker = MakerClient(hub, "aiot");

        using var created = await maker.PostAsJsonAsync($"/api/v1/makers/aiot/releases/{releaseId}/rollouts",
            new { stages = new[] { 50, 100 }, soak = "0s", thresholds = new { minSamples = 1 } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rollout = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = rollout.GetProperty("id").GetString();

        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Task.WhenAll(ActAsync(lamp1, log, failApply: false), ActAsync(lamp2, log, failApply: false));

        // Whichever lamp the hash put in the 50 % stage was offered first; the other only once the first was back.
        var order = log.ToList();
        Assert.Equal(6, order.Count);
        var firstLamp = order[0].Split(':')[1];
        Assert.Equal(["offer", "apply", "back"], order.Where(e => e.EndsWith(firstLamp, StringComparison.Ordinal)).Select(e => e.Split(':')[0]));
        Assert.True(order.IndexOf("back:" + firstLamp) < order.FindIndex(e => e.StartsWith("offer:", StringComparison.Ordinal) && !e.EndsWith(firstLamp, StringComparison.Ordinal)));

        var done = await PollAsync(maker, $"/api/v1/makers/aiot/rollouts/{id}", r => r.GetProperty("status").GetString() == "completed");
        Assert.Equal(["testers", "50%", "100%"], done.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([0, 1, 1], done.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("succeeded").GetInt32()));
        Assert.Equal(["created", "stage-started", "stage-started", "completed"], done.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.DoesNotContain("lamp-", done.GetRawText(), StringComparison.Ordinal);

        using var owner = hub.CreateHttpClient();
        var home = await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/firmware", Ct);
        var lamp = home.GetProperty("devices").EnumerateArray().Single(d => d.GetProperty("deviceId").GetString() == "lamp-1");
        Assert.Equal("1.5.0", lamp.GetProperty("firmware").GetString());
        Assert.Equal(("succeeded", "更快"), (lamp.GetProperty("update").GetProperty("state").GetString(), lamp.GetProperty("update").GetProperty("notes").GetProperty("zh").GetString()));
    }

    [Fact]
    public async Task AFailedApplyInTheFirstStageHaltsTheRolloutAndTheOtherDeviceIsNeverOffered()
    {
        await using var hub = new DeviceHub(("Ota:Rollouts:Tick", "00:00:00.100"));
        var releaseId = await AddReleaseAsync(hub, "1.5.0");
        await using var lamp1 = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var lamp2 = await TestDevice.StartAsync(hub.Port, "lamp-2", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await hub.WaitOnlineAsync("lamp-2", Ct);
        using var maker = MakerClient(hub, "aiot");
        using var stranger = MakerClient(hub, "acme");

        using var refused = await stranger.PostAsJsonAsync($"/api/v1/makers/aiot/releases/{releaseId}/rollouts", new { }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var invalid = await maker.PostAsJsonAsync($"/api/v1/makers/aiot/releases/{releaseId}/rollouts", new { stages = new[] { 50, 20 }, soak = "forever" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.stages[1]", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.soak", out _));
        Assert.Empty((await maker.GetFromJsonAsync<JsonElement>("/api/v1/makers/aiot/rollouts", Ct)).EnumerateArray());

        using var created = await maker.PostAsJsonAsync($"/api/v1/makers/aiot/releases/{releaseId}/rollouts",
            new { stages = new[] { 50, 100 }, soak = "0s", thresholds = new { minSamples = 1 } }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        using var twice = await maker.PostAsJsonAsync($"/api/v1/makers/aiot/releases/{releaseId}/rollouts", new { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var first = await Task.WhenAny(ActAsync(lamp1, log, failApply: true), ActAsync(lamp2, log, failApply: true));
        await first;

        var halted = await PollAsync(maker, $"/api/v1/makers/aiot/rollouts/{id}", r => r.GetProperty("status").GetString() == "halted");
        Assert.True(halted.TryGetProperty("haltReason", out var reason), halted.GetRawText());
        Assert.Equal("update failures: 1 of 1 (100 %) above 10 %", reason.GetString());
        await Task.Delay(500, Ct);
        var after = await maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/aiot/rollouts/{id}", Ct);
        Assert.Equal([0, 1, 0], after.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("offered").GetInt32()));
        Assert.Equal(3, log.Count);
        using var resumed = await maker.PostAsync($"/api/v1/makers/aiot/rollouts/{id}/resume", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, resumed.StatusCode);
    }

    [Fact]
    public async Task AHubRestartMidDownloadResumesTheRolloutAndOffersTheSameJobAgain()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-rollout-restart-").FullName;
        try
        {
            string? id, job;
            await using (var hub = new DeviceHub(("Devices:DataDirectory", data), ("Ota:Rollouts:Tick", "00:00:00.100")))
            {
                var releaseId = await AddReleaseAsync(hub, "1.5.0");
                await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
                await hub.WaitOnlineAsync("lamp-1", Ct);
                using var maker = MakerClient(hub, "aiot");
                using var created = await maker.PostAsJsonAsync($"/api/v1/makers/aiot/releases/{releaseId}/rollouts",
                    new { stages = new[] { 100 }, soak = "0s", thresholds = new { minSamples = 1 } }, Ct);
                id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
                var offer = await lamp.NextOnAsync("ota", Ct);
                job = offer.GetProperty("job").GetString();
                await lamp.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"downloading","progress":40}""", Ct);
                await PollAsync(hub.CreateHttpClient(), "/api/v1/homes/home/devices/lamp-1/firmware",
                    r => r.GetProperty("update").GetProperty("progress").GetInt32() == 40);
            }

            await using (var hub = new DeviceHub(("Devices:DataDirectory", data), ("Ota:Rollouts:Tick", "00:00:00.100")))
            {
                using var maker = MakerClient(hub, "aiot");
                var before = await maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/aiot/rollouts/{id}", Ct);
                Assert.Equal("staged", before.GetProperty("status").GetString());
                Assert.Equal(1, before.GetProperty("stages")[1].GetProperty("pending").GetInt32());

                await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
                var again = await lamp.NextOnAsync("ota", Ct);
                Assert.Equal(("offer", job), (again.GetProperty("op").GetString(), again.GetProperty("job").GetString()));
                Assert.StartsWith("http://", again.GetProperty("url").GetString(), StringComparison.Ordinal);
                await lamp.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"ready","progress":100}""", Ct);
                var apply = await lamp.NextOnAsync("ota", Ct);
                Assert.Equal("apply", apply.GetProperty("op").GetString());
                await lamp.PublishAsync("announce", $$"""{"model":"{{Light}}","firmware":"1.5.0"}""", Ct, retain: true);

                var done = await PollAsync(maker, $"/api/v1/makers/aiot/rollouts/{id}", r => r.GetProperty("status").GetString() == "completed");
                Assert.Equal("completed", done.GetProperty("status").GetString());
                Assert.Equal("created", done.GetProperty("timeline")[0].GetProperty("event").GetString());
                Assert.Equal(1, done.GetProperty("stages")[1].GetProperty("succeeded").GetInt32());
            }
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Plays one device through the protocol: offer → ready; apply → fail, or announce the new firmware and succeed.</summary>
    private static async Task ActAsync(TestDevice device, System.Collections.Concurrent.ConcurrentQueue<string> log, bool failApply)
    {
        var offer = await device.NextOnAsync("ota", Ct);
        var job = offer.GetProperty("job").GetString();
        var version = offer.GetProperty("version").GetString();
        log.Enqueue("offer:" + device.Id);
        await device.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"downloading","progress":50}""", Ct);
        await device.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"ready","progress":100}""", Ct);
        var apply = await device.NextOnAsync("ota", Ct);
        Assert.Equal(("apply", job), (apply.GetProperty("op").GetString(), apply.GetProperty("job").GetString()));
        log.Enqueue("apply:" + device.Id);
        if (failApply)
        {
            await device.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"failed","code":-4303,"message":"flash write error"}""", Ct);
            log.Enqueue("failed:" + device.Id);
            return;
        }

        await device.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"applying"}""", Ct);
        // Logged first: the hub may see the device back (and offer the next stage) as soon as it announces.
        log.Enqueue("back:" + device.Id);
        await device.PublishAsync("announce", $$"""{"model":"{{Light}}","firmware":"{{version}}"}""", Ct, retain: true);
        await device.PublishAsync("ota/status", $$"""{"job":"{{job}}","state":"succeeded","firmware":"{{version}}"}""", Ct);
    }

    private static async Task<JsonElement> PollAsync(HttpClient http, string path, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var body = await http.GetFromJsonAsync<JsonElement>(path, Ct);
            if (until(body) || DateTime.UtcNow > deadline)
                return body;
            await Task.Delay(100, Ct);
        }
    }

    internal static HttpClient MakerClient(DeviceHub hub, string vendor) =>
        hub.CreateHttpClient(hub.Tokens.Create("maker", [new AccessGrant(Core.Devices.DeviceRegistry.DefaultHomeId, AccessRole.DeviceMaker, Namespace: vendor)], expires: null).Secret);

    /// <summary>A release of the ceiling light signed with a fresh Ed25519 key, as the catalogue keeps it once verified.</summary>
    internal static async Task<string> AddReleaseAsync(DeviceHub hub, string version)
    {
        var catalog = hub.Services.GetRequiredService<FirmwareCatalog>();
        var images = hub.Services.GetRequiredService<FirmwareImages>();
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var (added, conflict) = catalog.AddKey("aiot", null, key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        Assert.True(added is not null, conflict);
        var image = RandomNumberGenerator.GetBytes(4096);
        using var stream = new MemoryStream(image);
        var write = await images.WriteAsync(stream, 1 << 20, Ct);
        var signature = Convert.ToBase64String(SignatureAlgorithm.Ed25519.Sign(key, FirmwareSignature.Statement(Light, version, null, write.Length, write.Sha256)));
        var (release, _, detail) = catalog.Add(new FirmwareReleaseDraft("aiot", Light, version, null, write.Length, write.Sha256,
            new FirmwareNotes("Faster", "更快"), added!.Id, signature, null), write.TempPath!, "test", long.MaxValue);
        Assert.True(release is not null, detail);
        return release!.Id;
    }
}
