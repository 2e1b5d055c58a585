using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>/api/v1/profiles as a device maker uses it: browse, upload a model. Namespaces, versions, visibility and acceptance: Profile*Tests.</summary>
public sealed class ProfilesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheShippedModelsAreListedAndEachCanBeFetched()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        var models = (await GetItemsAsync(http, "/api/v1/profiles")).EnumerateArray().Select(p => p.GetProperty("model").GetString()).ToList();

        Assert.True(models.Count >= 12, string.Join(", ", models));
        Assert.Contains("aiot.tv.t1", models);
        var tv = await GetJsonAsync(http, "/api/v1/profiles/aiot.tv.t1");
        Assert.Equal("television", tv.GetProperty("type").GetString());
        // Version 2 added the voice remote; version 1 stays for the TVs pinned to it (device-profiles/versions/).
        Assert.Equal(2, (await GetItemsAsync(http, "/api/v1/profiles/aiot.tv.t1/versions")).GetArrayLength());
        Assert.Equal(2, tv.GetProperty("version").GetInt32());
        await AssertProblemAsync(await http.GetAsync("/api/v1/profiles/acme.nothing.x", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await http.GetAsync("/api/v1/profiles/aiot.tv.t1/versions/9", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUploadedModelResolvesAPendingDeviceAndSurvivesARestart()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-profiles-").FullName;
        long version;
        try
        {
            await using (var hub = new DeviceHub(("Devices:DataDirectory", data)))
            {
                using var owner = hub.CreateHttpClient();
                var maker = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "acme lab", role = "device-maker", @namespace = "acme" }, Ct);
                using var http = hub.CreateHttpClient((await maker.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString());
                await using var gadget = await TestDevice.StartAsync(hub.Port, "gadget-1", "acme.light.test1", Ct);
                Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("gadget-1", out var d) && d.Status == DeviceStatus.Pending, Ct));
                Assert.Contains("acme.light.test1", hub.Registry.ListDevices()[0].PendingReason);

                var response = await http.PostAsync("/api/v1/profiles", Body(Profile("acme.light.test1", 1).ToJsonString()), Ct);

                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.Equal("/api/v1/profiles/acme.light.test1/versions/1", response.Headers.Location!.OriginalString);
                Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("gadget-1", out var d) && d.Status != DeviceStatus.Pending, Ct));
                Assert.True(hub.Registry.TryGetDevice("gadget-1", out var resolved));
                version = resolved.Version;
            }

            await using (var restarted = new DeviceHub(("Devices:DataDirectory", data)))
            {
                using var http = restarted.CreateHttpClient();
                var profile = await GetJsonAsync(http, "/api/v1/profiles/acme.light.test1");
                Assert.Equal(1, profile.GetProperty("version").GetInt32());
                // Known from the start, not resolved again: a restart is no change to the device.
                Assert.True(restarted.Registry.TryGetDevice("gadget-1", out var device));
                Assert.Equal((DeviceStatus.New, version), (device.Status, device.Version));
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task AnInvalidProfileIsRefusedWithEveryProblemByPathAndNothingChanges()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var profile = Profile("acme.light.test1", 1);
        var brightness = profile["services"]![0]!["properties"]![1]!;
        brightness["value-range"] = new JsonArray(100, 1, 1);
        profile["services"]![0]!["properties"]![2]!["iid"] = 1;

        var problem = await AssertProblemAsync(await http.PostAsync("/api/v1/profiles", Body(profile.ToJsonString()), Ct), HttpStatusCode.BadRequest);

        var paths = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("$.services[0].properties[1].value-range", paths);
        Assert.Contains(paths, p => p.StartsWith("$.services[0].properties[2]", StringComparison.Ordinal));
        await AssertProblemAsync(await http.GetAsync("/api/v1/profiles/acme.light.test1", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await http.PostAsync("/api/v1/profiles", Body("{\"model\":"), Ct), HttpStatusCode.BadRequest);
    }

    private static JsonObject ShippedProfile(string model)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "device-profiles")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, "device-profiles", $"{model}.json")))!.AsObject();
    }

    private static JsonObject Profile(string model, int version)
    {
        var profile = ShippedProfile("aiot.light.ceiling1");
        profile["model"] = model;
        profile["version"] = version;
        profile.Remove("$schema");
        return profile;
    }
}
