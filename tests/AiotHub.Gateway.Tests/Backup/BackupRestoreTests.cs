using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Core.Devices;
using AiotHub.Core.Persistence.Backup;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Backup;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Broker.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Backup.BackupArchives;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Backup;

/// <summary>
/// POST /api/v1/backup taken from a running hub and `aiothub restore` onto an empty data directory: a hub started
/// there answers the API as the first one did when the backup was taken.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const string Home = "/api/v1/homes/home";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-2) is var t ? new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero) : default;
    private readonly string _work = Directory.CreateTempSubdirectory("aiothub-backup-").FullName;

    // What the API shows of a hub's state; each list as the app reads it.
    private static readonly string[] StatePaths =
    [
        "/api/v1/homes", $"{Home}/rooms", $"{Home}/devices", $"{Home}/devices/th-1", $"{Home}/devices/lamp-1",
        $"{Home}/scenes", $"{Home}/automations", $"{Home}/automations/morning", $"{Home}/tokens",
        $"{Home}/devices/th-1/history?property=environment.temperature&from={Iso(Start)}&to={Iso(Start.AddHours(1))}",
        $"{Home}/devices/th-1/history?property=environment.temperature&from={Iso(Start)}&to={Iso(Start.AddHours(1))}&step=15m",
    ];

    private string Dir(string name) => Path.Combine(_work, name);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ARestoredBackupStartsAHubWithTheSameHomesDevicesScenesAutomationsTokensAndHistory()
    {
        var archive = Dir("hub.tar.gz");
        string ownerSecret, memberSecret;
        Dictionary<string, string> before;
        await using (var hub = new DeviceHub(("Devices:DataDirectory", Dir("live")), ("Mqtt:Persistence:DataDirectory", Dir("live/broker"))))
        {
            (var owner, ownerSecret) = Client(hub, AccessRole.Owner);
            memberSecret = await BuildHomeAsync(hub, owner);
            before = await ReadStateAsync(owner);
            Assert.Equal(40, JsonNode.Parse(before[StatePaths[9]])!["points"]!.AsArray().Count);
            Assert.Contains("kitchen tablet", before[$"{Home}/tokens"], StringComparison.Ordinal);
            Assert.Contains("Evening", before[$"{Home}/scenes"], StringComparison.Ordinal);

            await TakeAsync(owner, archive);
            // The hub goes on after the backup: this room is not in it.
            Assert.Equal(HttpStatusCode.Created, (await owner.PostAsJsonAsync($"{Home}/rooms", new { name = "Added later" }, Ct)).StatusCode);
        }

        var restored = Dir("restored");
        var (code, output, errors) = Restore(archive, "--data-dir", restored);
        Assert.True(code == 0, errors);
        Assert.Contains("every SHA-256 checked", output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in new[] { "hub.db", "telemetry.db", "ca/ca.key", "broker/snapshot.dat" })
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(restored, file)));
        }

        await using var again = new DeviceHub(("Devices:DataDirectory", restored), ("Mqtt:Persistence:DataDirectory", Path.Combine(restored, "broker")));
        // The tokens are the same: the owner's and the member's secrets work on the restored hub.
        using var ownerAgain = again.CreateHttpClient(ownerSecret);
        var after = await ReadStateAsync(ownerAgain);
        foreach (var path in StatePaths)
            Assert.True(before[path] == after[path], $"{path}\nbefore: {before[path]}\nafter:  {after[path]}");
        using var memberAgain = again.CreateHttpClient(memberSecret);
        Assert.Equal(HttpStatusCode.OK, (await memberAgain.GetAsync($"{Home}/devices", Ct)).StatusCode);
        Assert.DoesNotContain("Added later", after[$"{Home}/rooms"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedArchiveIsRefusedAndChangesNothing()
    {
        var archive = Dir("hub.tar.gz");
        await using (var hub = new DeviceHub(("Devices:DataDirectory", Dir("live")), ("Mqtt:Persistence:DataDirectory", Dir("live/broker"))))
        {
            var (owner, _) = Client(hub, AccessRole.Owner);
            await BuildHomeAsync(hub, owner);
            await TakeAsync(owner, archive);
        }

        Assert.Equal(BackupManifest.FileName, Names(archive)[0]);
        Assert.Contains(BackupLayout.BrokerSnapshot, Names(archive));
        Assert.Equal(BackupLayout.BrokerSnapshot, $"{BackupLayout.BrokerDirectory}/{MqttBrokerStore.SnapshotFileName}");

        var flipped = Dir("flipped.tar.gz");
        Rewrite(archive, flipped, (name, data) =>
        {
            if (name == BackupLayout.HubDatabase)
                data[^100] ^= 0x01;
            return (name, data);
        });
        var extra = Dir("extra.tar.gz");
        Rewrite(archive, extra, (name, data) => (name, data), ("ca/evil.pem", "x"u8.ToArray()));
        var missing = Dir("missing.tar.gz");
        Rewrite(archive, missing, (name, data) => name == BackupLayout.TelemetryDatabase ? null : (name, data));
        var escaping = Dir("escaping.tar.gz");
        Rewrite(archive, escaping, (name, data) => name == BackupManifest.FileName
            ? (name, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(data).Replace("\"profiles/", "\"../profiles/", StringComparison.Ordinal).Replace("\"telemetry.db\"", "\"../telemetry.db\"", StringComparison.Ordinal)))
            : (name, data));

        foreach (var (tampered, reason) in new[] { (flipped, "SHA-256"), (extra, "does not list"), (missing, "lacks"), (escaping, "not where") })
        {
            var empty = Dir("empty");
            var (code, _, errors) = Restore(tampered, "--data-dir", empty);
            Assert.True(code == 1, $"{Path.GetFileName(tampered)}: {code} {errors}");
            Assert.Contains(reason, errors, StringComparison.Ordinal);
            Assert.False(Directory.Exists(empty), $"{Path.GetFileName(tampered)} left {empty} behind");

            // Over an existing hub's files (--force), nothing is touched either.
            var existing = Dir("existing");
            Directory.CreateDirectory(Path.Combine(existing, "ca"));
            await File.WriteAllTextAsync(Path.Combine(existing, "hub.db"), "the hub's own", Ct);
            await File.WriteAllTextAsync(Path.Combine(existing, "ca", "ca.key"), "the hub's own key", Ct);
            (code, _, errors) = Restore(tampered, "--data-dir", existing, "--force");
            Assert.True(code == 1, errors);
            Assert.Equal("the hub's own", await File.ReadAllTextAsync(Path.Combine(existing, "hub.db"), Ct));
            Assert.Equal("the hub's own key", await File.ReadAllTextAsync(Path.Combine(existing, "ca", "ca.key"), Ct));
            Assert.Equal(["ca", "hub.db"], Directory.EnumerateFileSystemEntries(existing).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Directory.Delete(existing, recursive: true);
        }

        // The untouched archive restores.
        Assert.Equal(0, Restore(archive, "--data-dir", Dir("empty")).Code);
    }

    [Fact]
    public async Task RestoreRefusesADirectoryThatIsNotEmptyWithoutForceAndOneAHubRunsOn()
    {
        var archive = Dir("hub.tar.gz");
        var live = Dir("live");
        await using var hub = new DeviceHub(("Devices:DataDirectory", live), ("Mqtt:Persistence:DataDirectory", Dir("live/broker")));
        var (owner, _) = Client(hub, AccessRole.Owner);
        await TakeAsync(owner, archive);

        var (code, _, errors) = Restore(archive, "--data-dir", live, "--force");
        Assert.Equal(1, code);
        Assert.Contains("a hub is running", errors, StringComparison.Ordinal);

        var other = Dir("other");
        Directory.CreateDirectory(other);
        await File.WriteAllTextAsync(Path.Combine(other, "notes.txt"), "mine", Ct);
        (code, _, errors) = Restore(archive, "--data-dir", other);
        Assert.Equal(1, code);
        Assert.Contains("--force", errors, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(other).Select(Path.GetFileName));

        (code, _, errors) = Restore(archive, "--data-dir", other, "--force");
        Assert.True(code == 0, errors);
        Assert.True(File.Exists(Path.Combine(other, "hub.db")));
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(other, "notes.txt"), Ct));
    }

    [Fact]
    public async Task OnlyTheHubsOwnerTakesABackupAndOnlyOneAtATime()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);
        await AssertProblemAsync(await anonymous.PostAsync("/api/v1/backup", null, Ct), HttpStatusCode.Unauthorized);
        var (member, _) = Client(hub, AccessRole.Member);
        await AssertProblemAsync(await member.PostAsync("/api/v1/backup", null, Ct), HttpStatusCode.Forbidden);
        var (owner, _) = Client(hub, AccessRole.Owner);

        using (var running = hub.Services.GetRequiredService<HubBackup>().TryBegin())
        {
            Assert.NotNull(running);
            await AssertProblemAsync(await owner.PostAsync("/api/v1/backup", null, Ct), HttpStatusCode.Conflict);
        }

        await TakeAsync(owner, Dir("hub.tar.gz"));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(hub.Services.GetRequiredService<Core.Devices.Persistence.DeviceStore>().Path)!, ".backup-*"));
    }

    // Devices with a twin and history, a room, a scene, an automation and a member's token; returns the member's secret.
    private static async Task<string> BuildHomeAsync(DeviceHub hub, HttpClient owner)
    {
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement("aiot.sensor.th1"));
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        for (var i = 0; i < 40; i++)
            Assert.Empty(hub.Registry.OnProperties("th-1", Json($$"""{"environment.temperature":{{20 + (i % 7)}}.5}"""), Start.AddMinutes(i)));
        Assert.Empty(hub.Registry.OnProperties("lamp-1", Json("""{"light.on":true,"light.brightness":40}"""), Start.AddMinutes(41)));

        var room = await (await owner.PostAsJsonAsync($"{Home}/rooms", new { name = "Kitchen" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var moved = await owner.PatchAsync($"{Home}/devices/lamp-1", Body($$"""{"name":"Ceiling","roomId":"{{room.GetProperty("id").GetString()}}"}"""), Ct);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync(Ct));
        var scene = await owner.PostAsync($"{Home}/scenes", Body("""{"name":"Evening","icon":"moon","steps":[{"deviceId":"lamp-1","set":{"light.on":true,"light.brightness":30}}]}"""), Ct);
        Assert.True(scene.StatusCode == HttpStatusCode.Created, await scene.Content.ReadAsStringAsync(Ct));
        var automation = await owner.PostAsync($"{Home}/automations", Body("""
            {"id":"morning","name":"Morning","triggers":[{"kind":"time","at":"07:00"}],
             "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":false}}]}
            """), Ct);
        Assert.True(automation.StatusCode == HttpStatusCode.Created, await automation.Content.ReadAsStringAsync(Ct));
        var token = await owner.PostAsJsonAsync($"{Home}/tokens", new { name = "kitchen tablet", role = "member" }, Ct);
        Assert.True(token.StatusCode == HttpStatusCode.Created, await token.Content.ReadAsStringAsync(Ct));
        return (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString()!;
    }

    // Each state path's answer, as compact JSON without what a restart or this very request changes.
    private static async Task<Dictionary<string, string>> ReadStateAsync(HttpClient http)
    {
        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in StatePaths)
        {
            var node = JsonNode.Parse((await GetJsonAsync(http, path)).GetRawText())!;
            Strip(node);
            state[path] = node.ToJsonString();
        }

        return state;
    }

    // Which tokens were used last, the devices' connection and how long ago they reported: they differ by the restart, not by the restore.
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "lastUsed", "availability", "lastSeen", "online", "staleness" };

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(Volatile.Contains).ToList())
                    o.Remove(key);
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    // hub.db keeps times to the millisecond; a hub that has not restarted still shows the ticks.
                    if (o[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length >= 20 && text[4] == '-' && text[10] == 'T'
                        && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var time))
                        o[key] = time.ToUnixTimeMilliseconds();
                    else
                        Strip(o[key]);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                    Strip(child);
                break;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
