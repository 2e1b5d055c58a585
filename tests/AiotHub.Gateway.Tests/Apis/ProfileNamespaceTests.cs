using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Access;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Apis.ProfileHomes;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Issue 12 item 7: a device-maker token owns a model namespace, and a model's versions go up by one per upload.</summary>
public sealed class ProfileNamespaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMakerUploadsOnlyIntoItsOwnNamespaceAndARefusalNamesTheNamespace()
    {
        await using var homes = await StartAsync();
        using var other = homes.Hub.CreateHttpClient(await homes.CreateMakerAsync(homes.Owner, "home", "globex"));

        await UploadCreatedAsync(homes.Maker, Light(1));
        var refused = await AssertProblemAsync(await UploadAsync(other, Light(2)), HttpStatusCode.Forbidden);
        Assert.Equal("acme", refused.GetProperty("namespace").GetString());
        Assert.Contains("'acme'", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["globex"], refused.GetProperty("namespaces").EnumerateArray().Select(n => n.GetString()));
        await AssertProblemAsync(await UploadAsync(homes.Maker, Light(1, "globex.light.g1")), HttpStatusCode.Forbidden);
        // Nobody holds the hub's own vendor: not even a new model there.
        await AssertProblemAsync(await UploadAsync(homes.Maker, Light(1, "aiot.light.fake1")), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await UploadAsync(homes.Owner, Light(2, "aiot.light.ceiling1")), HttpStatusCode.Forbidden);

        Assert.Single((await GetItemsAsync(homes.Owner, $"/api/v1/profiles/{Model}/versions")).EnumerateArray());
        await AssertProblemAsync(await homes.Owner.GetAsync("/api/v1/profiles/globex.light.g1", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await homes.Owner.GetAsync("/api/v1/profiles/aiot.light.fake1", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheOwnerOfTheHomeHoldingANamespaceMayUploadThereAndNoOtherOwnerMay()
    {
        await using var homes = await StartAsync();
        using var cabinMaker = homes.Hub.CreateHttpClient(await homes.CreateMakerAsync(homes.CabinOwner, Cabin, "initech"));

        await UploadCreatedAsync(homes.Owner, Light(1));
        await UploadCreatedAsync(homes.CabinOwner, Light(1, "initech.light.i1"));
        var refused = await AssertProblemAsync(await UploadAsync(homes.CabinOwner, Light(2)), HttpStatusCode.Forbidden);
        Assert.Equal(["initech"], refused.GetProperty("namespaces").EnumerateArray().Select(n => n.GetString()));
        await AssertProblemAsync(await UploadAsync(homes.Owner, Light(2, "initech.light.i1")), HttpStatusCode.Forbidden);
        // A namespace nobody holds: an owner gets it by making a device-maker token for it, not by uploading.
        await AssertProblemAsync(await UploadAsync(homes.Owner, Light(1, "hooli.light.h1")), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await UploadAsync(cabinMaker, Light(2)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ANamespaceIsValidatedWhenTheTokenIsMadeAndBelongsToOneHome()
    {
        await using var homes = await StartAsync();

        async Task<JsonElement> CreateAsync(HttpClient owner, string home, object body, HttpStatusCode status) =>
            await AssertProblemAsync(await owner.PostAsJsonAsync($"/api/v1/homes/{home}/tokens", body, Ct), status);

        foreach (var bad in new object?[] { null, "", "Acme", "ac me", "-acme", "acme.light", new string('a', 33) })
        {
            var problem = await CreateAsync(homes.Owner, "home", new { name = "lab", role = "device-maker", @namespace = bad }, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("$.namespace", out _), problem.ToString());
        }

        var reserved = await CreateAsync(homes.Owner, "home", new { name = "lab", role = "device-maker", @namespace = "aiot" }, HttpStatusCode.BadRequest);
        Assert.Contains("shipped", reserved.GetProperty("errors").GetProperty("$.namespace")[0].GetString(), StringComparison.Ordinal);
        await CreateAsync(homes.Owner, "home", new { name = "tablet", role = "member", @namespace = "acme" }, HttpStatusCode.BadRequest);
        var taken = await CreateAsync(homes.CabinOwner, Cabin, new { name = "lab", role = "device-maker", @namespace = "acme" }, HttpStatusCode.Conflict);
        Assert.Equal("acme", taken.GetProperty("namespace").GetString());

        // The holding home may make more tokens for it (a new laptop, a rotated secret), "acme." is the same namespace.
        var again = await homes.Owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "lab 2", role = "device-maker", @namespace = "acme." }, Ct);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("acme", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("namespace").GetString());
        var listed = await GetItemsAsync(homes.Owner, "/api/v1/homes/home/tokens");
        Assert.Equal(2, listed.EnumerateArray().Count(t => t.TryGetProperty("namespace", out var n) && n.GetString() == "acme"));
    }

    [Fact]
    public async Task AMakerTokenFromBeforeNamespacesUploadsNothing()
    {
        await using var homes = await StartAsync();
        using var old = homes.Hub.CreateHttpClient(homes.Hub.Tokens.Create("old maker", [new AccessGrant(null, AccessRole.DeviceMaker)], expires: null).Secret);

        var refused = await AssertProblemAsync(await UploadAsync(old, Light(1)), HttpStatusCode.Forbidden);

        Assert.Empty(refused.GetProperty("namespaces").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/api/v1/profiles", Ct)).StatusCode);
    }

    [Fact]
    public async Task EachUploadMustBeTheNextVersionSoNoJumpReachesTheMaximum()
    {
        await using var homes = await StartAsync();

        var first = await AssertProblemAsync(await UploadAsync(homes.Maker, Light(2)), HttpStatusCode.Conflict);
        Assert.Equal(1, first.GetProperty("expectedVersion").GetInt32());
        await UploadCreatedAsync(homes.Maker, Light(1));
        foreach (var version in new[] { 1, 3, int.MaxValue })
        {
            var problem = await AssertProblemAsync(await UploadAsync(homes.Maker, Light(version)), HttpStatusCode.Conflict);
            Assert.Equal(2, problem.GetProperty("expectedVersion").GetInt32());
            Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
            Assert.Contains("is 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal([1], (await GetItemsAsync(homes.Maker, $"/api/v1/profiles/{Model}/versions")).EnumerateArray().Select(p => p.GetProperty("version").GetInt32()));
        await UploadCreatedAsync(homes.Maker, Light(2));
        Assert.Equal(2, (await GetJsonAsync(homes.Maker, $"/api/v1/profiles/{Model}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AModelAtTheMaximumVersionTakesNoMoreUploads()
    {
        // Documents an older hub accepted (version 1000, and the 2147483647 of the issue): no next version, and no overflow.
        var data = Directory.CreateTempSubdirectory("aiothub-profile-max-").FullName;
        Directory.CreateDirectory(Path.Combine(data, "profiles"));
        await File.WriteAllTextAsync(Path.Combine(data, "profiles", "acme.light.a1.v1000.json"), Light(1000).ToJsonString(), Ct);
        await File.WriteAllTextAsync(Path.Combine(data, "profiles", "acme.light.max.v2147483647.json"), Light(int.MaxValue, "acme.light.max").ToJsonString(), Ct);
        try
        {
            await using var hub = new Devices.DeviceHub(("Devices:DataDirectory", data));
            using var owner = hub.CreateHttpClient();
            var created = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "lab", role = "device-maker", @namespace = "acme" }, Ct);
            using var maker = hub.CreateHttpClient((await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString());

            var full = await AssertProblemAsync(await UploadAsync(maker, Light(1001)), HttpStatusCode.Conflict);
            Assert.Equal(1000, full.GetProperty("limit").GetInt32());
            var max = await AssertProblemAsync(await UploadAsync(maker, Light(int.MaxValue, "acme.light.max")), HttpStatusCode.Conflict);
            Assert.Equal(1000, max.GetProperty("limit").GetInt32());
            Assert.Equal(int.MaxValue, max.GetProperty("currentVersion").GetInt32());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
