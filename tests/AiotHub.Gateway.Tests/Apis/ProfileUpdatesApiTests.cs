using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Apis.ProfileHomes;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Issue 12 item 7: a new version reaches a home's devices only when its owner accepts it, or automatically if it opted in and the version is compatible.</summary>
public sealed class ProfileUpdatesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAcceptedVersionAppliesToTheUnpinnedDevicesOfThatHomeOnly()
    {
        await using var homes = await StartAsync(("cabin-lamp", null));
        await using var lamp = await TestDevice.StartAsync(homes.Hub.Port, "home-lamp", Model, Ct);
        await using var pinned = await TestDevice.StartAsync(homes.Hub.Port, "home-pinned", Model, Ct, announce: false);
        await pinned.PublishAsync("announce", $$"""{"model":"{{Model}}","profileVersion":1}""", Ct, retain: true);
        await homes.Hub.WaitOnlineAsync("home-lamp", Ct);
        Assert.True(await DeviceHub.WaitUntilAsync(() => homes.Hub.Registry.TryGetDevice("home-pinned", out var d) && d.ProfileVersion == 1, Ct));
        await UploadCreatedAsync(homes.Maker, Light(1));
        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 1)).StatusCode);
        var dim = new { values = new Dictionary<string, int> { ["light.brightness"] = 0 } };
        await AssertProblemAsync(await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/devices/home-lamp/properties", dim, Ct), HttpStatusCode.BadRequest);

        await UploadCreatedAsync(homes.Maker, Widened(2));
        // Unpublished: the cabin can neither see nor accept it.
        await AssertProblemAsync(await Accept(homes.CabinOwner, Cabin, 2), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 2)).StatusCode);

        var offered = Assert.Single((await GetItemsAsync(homes.Owner, "/api/v1/homes/home/profile-updates")).EnumerateArray());
        Assert.Equal((Model, 2, 1, true, true), (offered.GetProperty("model").GetString(), offered.GetProperty("version").GetInt32(),
            offered.GetProperty("currentVersion").GetInt32(), offered.GetProperty("compatible").GetBoolean(), offered.GetProperty("published").GetBoolean()));
        Assert.Empty(offered.GetProperty("changes").EnumerateArray());
        Assert.Equal(["home-lamp"], offered.GetProperty("devices").EnumerateArray().Select(d => d.GetString()));
        // Offered, not applied.
        Assert.Equal(1, await ActiveVersionAsync(homes.Owner, "home", "home-lamp"));
        await AssertProblemAsync(await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/devices/home-lamp/properties", dim, Ct), HttpStatusCode.BadRequest);

        var accepted = await Accept(homes.Owner, "home", 2);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((2, 1), (body.GetProperty("version").GetInt32(), body.GetProperty("previousVersion").GetInt32()));
        Assert.Equal(["home-lamp"], body.GetProperty("devices").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(2, await ActiveVersionAsync(homes.Owner, "home", "home-lamp"));
        Assert.Equal(HttpStatusCode.Accepted, (await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/devices/home-lamp/properties", dim, Ct)).StatusCode);
        Assert.Empty((await GetItemsAsync(homes.Owner, "/api/v1/homes/home/profile-updates")).EnumerateArray());
        // The pinned device keeps its version; the other home keeps what it accepted and is offered the new one.
        Assert.Equal(1, await ActiveVersionAsync(homes.Owner, "home", "home-pinned"));
        await AssertProblemAsync(await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/devices/home-pinned/properties", dim, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(1, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
        Assert.Equal(2, Assert.Single((await GetItemsAsync(homes.CabinOwner, "/api/v1/homes/cabin/profile-updates")).EnumerateArray()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AHomeThatOptedInTakesNewVersionsThatPassTheCompatibilityCheckAndOnlyThose()
    {
        var homes = await StartAsync(("cabin-lamp", null));
        try
        {
            homes.Hub.Registry.OnAnnounce("home-lamp", new DeviceAnnouncement(Model));
            Assert.False((await GetJsonAsync(homes.CabinOwner, "/api/v1/homes/cabin/profile-updates/settings")).GetProperty("autoUpdateProfiles").GetBoolean());
            await AssertProblemAsync(await homes.CabinOwner.PutAsJsonAsync("/api/v1/homes/cabin/profile-updates/settings", new { }, Ct), HttpStatusCode.BadRequest);
            var on = await homes.CabinOwner.PutAsJsonAsync("/api/v1/homes/cabin/profile-updates/settings", new { autoUpdateProfiles = true }, Ct);
            Assert.True((await on.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("autoUpdateProfiles").GetBoolean());
            await UploadCreatedAsync(homes.Maker, Light(1));
            Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 1)).StatusCode);

            await UploadCreatedAsync(homes.Maker, Widened(2));
            Assert.Equal(1, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
            Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 2)).StatusCode);

            Assert.Equal(2, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
            Assert.Equal(1, await ActiveVersionAsync(homes.Owner, "home", "home-lamp"));

            await UploadCreatedAsync(homes.Maker, WithoutColorTemperature(3));
            Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 3)).StatusCode);

            Assert.Equal(2, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
            var offered = Assert.Single((await GetItemsAsync(homes.CabinOwner, "/api/v1/homes/cabin/profile-updates")).EnumerateArray());
            Assert.Equal((3, 2, false), (offered.GetProperty("version").GetInt32(), offered.GetProperty("currentVersion").GetInt32(), offered.GetProperty("compatible").GetBoolean()));
            Assert.Contains(offered.GetProperty("changes").EnumerateArray(), c => c.GetProperty("member").GetString() == "light.color-temperature" && c.GetProperty("change").GetString() == "removed");
            // Accepting a breaking version takes saying so; without it nothing changes.
            var conflict = await AssertProblemAsync(await Accept(homes.CabinOwner, Cabin, 3), HttpStatusCode.Conflict);
            Assert.All(conflict.GetProperty("conflicts").EnumerateArray(), c => Assert.Equal(["cabin-lamp"], c.GetProperty("usedBy").EnumerateArray().Select(u => u.GetString())));
            Assert.Equal(2, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
            Assert.Equal(HttpStatusCode.OK, (await Accept(homes.CabinOwner, Cabin, 3, allowBreaking: true)).StatusCode);
            Assert.Equal(3, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));

            homes = await homes.RestartAsync();

            Assert.True((await GetJsonAsync(homes.CabinOwner, "/api/v1/homes/cabin/profile-updates/settings")).GetProperty("autoUpdateProfiles").GetBoolean());
            Assert.Equal(3, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
            Assert.Equal(1, await ActiveVersionAsync(homes.Owner, "home", "home-lamp"));
            // Switched on, a home takes at once the newest version that passes the check against its own: 2, not 3.
            Assert.Equal(HttpStatusCode.OK, (await homes.Owner.PutAsJsonAsync("/api/v1/homes/home/profile-updates/settings", new { autoUpdateProfiles = true }, Ct)).StatusCode);
            Assert.Equal(2, await ActiveVersionAsync(homes.Owner, "home", "home-lamp"));
        }
        finally
        {
            await homes.DisposeAsync();
        }
    }

    [Fact]
    public async Task AcceptingNeedsAVersionNumberTheHomeMaySee()
    {
        await using var homes = await StartAsync();

        await AssertProblemAsync(await homes.Owner.PostAsJsonAsync($"/api/v1/homes/home/profile-updates/{Model}", new { }, Ct), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Accept(homes.Owner, "home", 0), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Accept(homes.Owner, "home", 1), HttpStatusCode.NotFound);
        await AssertProblemAsync(await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/profile-updates/aiot.light.ceiling1", new { version = 2 }, Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/profile-updates/aiot.light.ceiling1", new { version = 1 }, Ct)).StatusCode);
        await AssertProblemAsync(await homes.Owner.GetAsync("/api/v1/homes/nowhere/profile-updates", Ct), HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> Accept(HttpClient owner, string homeId, int version, bool? allowBreaking = null) =>
        owner.PostAsJsonAsync($"/api/v1/homes/{homeId}/profile-updates/{Model}", new { version, allowBreaking }, Ct);
}
