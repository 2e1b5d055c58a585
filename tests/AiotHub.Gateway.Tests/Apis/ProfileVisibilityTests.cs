using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Apis.ProfileHomes;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Issue 12 item 7: what a maker uploads is its home's and its own until it publishes it; published, every home sees it.</summary>
public sealed class ProfileVisibilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnotherHomeNeitherSeesNorGetsAnUnpublishedVersionUntilTheMakerPublishesIt()
    {
        await using var homes = await StartAsync(("cabin-lamp", null), ("cabin-pinned", 2));
        homes.Hub.Registry.OnAnnounce("home-lamp", new DeviceAnnouncement(Model));

        await UploadCreatedAsync(homes.Maker, Light(1));

        // The uploading home and the maker see it; the home's device gets it.
        Assert.Equal(1, (await GetJsonAsync(homes.Owner, $"/api/v1/profiles/{Model}")).GetProperty("version").GetInt32());
        Assert.Equal(1, (await GetJsonAsync(homes.Maker, $"/api/v1/profiles/{Model}/versions/1")).GetProperty("version").GetInt32());
        Assert.Equal(1, await ActiveVersionAsync(homes.Owner, "home", "home-lamp"));
        // The cabin: not in the list, not by id, not by version, not for its devices.
        Assert.DoesNotContain(Model, await ModelsAsync(homes.CabinOwner));
        await AssertProblemAsync(await homes.CabinOwner.GetAsync($"/api/v1/profiles/{Model}", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await homes.CabinOwner.GetAsync($"/api/v1/profiles/{Model}/versions", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await homes.CabinOwner.GetAsync($"/api/v1/profiles/{Model}/versions/1", Ct), HttpStatusCode.NotFound);
        var cabinLamp = await DeviceAsync(homes.CabinOwner, Cabin, "cabin-lamp");
        Assert.Equal(("pending", $"unknown model {Model}"), (cabinLamp.GetProperty("status").GetString(), cabinLamp.GetProperty("pendingReason").GetString()));
        Assert.Empty((await GetItemsAsync(homes.CabinOwner, "/api/v1/homes/cabin/profile-updates")).EnumerateArray());
        // Nor may the cabin's owner publish it.
        await AssertProblemAsync(await PublishAsync(homes.CabinOwner, Model, 1), HttpStatusCode.NotFound);

        await UploadCreatedAsync(homes.Maker, Light(2));
        var published = await PublishAsync(homes.Maker, Model, 1);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.True((await published.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("published").GetBoolean());

        // Version 1 reaches the cabin, version 2 (unpublished) does not: not listed, not usable even when pinned.
        Assert.Equal(1, (await GetJsonAsync(homes.CabinOwner, $"/api/v1/profiles/{Model}")).GetProperty("version").GetInt32());
        Assert.Equal([1], (await GetItemsAsync(homes.CabinOwner, $"/api/v1/profiles/{Model}/versions")).EnumerateArray().Select(p => p.GetProperty("version").GetInt32()));
        await AssertProblemAsync(await homes.CabinOwner.GetAsync($"/api/v1/profiles/{Model}/versions/2", Ct), HttpStatusCode.NotFound);
        Assert.Equal(1, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
        var pinned = await DeviceAsync(homes.CabinOwner, Cabin, "cabin-pinned");
        Assert.Equal(("pending", $"unknown version 2 of model {Model}"), (pinned.GetProperty("status").GetString(), pinned.GetProperty("pendingReason").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 2)).StatusCode);
        Assert.Equal(2, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-pinned"));
        // Published is visible, not applied: the cabin's unpinned lamp stays on what it accepted.
        Assert.Equal(1, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
    }

    [Fact]
    public async Task OnlyTheNamespaceMayPublishAndPublishingTwiceIsStillPublished()
    {
        await using var homes = await StartAsync();
        using var other = homes.Hub.CreateHttpClient(await homes.CreateMakerAsync(homes.Owner, "home", "globex"));
        await UploadCreatedAsync(homes.Maker, Light(1));

        // Another maker, even one the same owner made, sees only its own namespace's unpublished versions.
        await AssertProblemAsync(await other.GetAsync($"/api/v1/profiles/{Model}", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await PublishAsync(other, Model, 1), HttpStatusCode.NotFound);
        await AssertProblemAsync(await PublishAsync(homes.Maker, Model, 7), HttpStatusCode.NotFound);
        await AssertProblemAsync(await PublishAsync(homes.Maker, "aiot.light.ceiling1", 1), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Owner, Model, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 1)).StatusCode);
        await AssertProblemAsync(await PublishAsync(other, Model, 1), HttpStatusCode.Forbidden);
        Assert.Equal(1, (await GetJsonAsync(other, $"/api/v1/profiles/{Model}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task VisibilityAndPublicationSurviveARestart()
    {
        var homes = await StartAsync(("cabin-lamp", null));
        try
        {
            await UploadCreatedAsync(homes.Maker, Light(1));
            await UploadCreatedAsync(homes.Maker, Light(2));
            Assert.Equal(HttpStatusCode.OK, (await PublishAsync(homes.Maker, Model, 1)).StatusCode);

            homes = await homes.RestartAsync();

            Assert.Equal([1], (await GetItemsAsync(homes.CabinOwner, $"/api/v1/profiles/{Model}/versions")).EnumerateArray().Select(p => p.GetProperty("version").GetInt32()));
            Assert.Equal([1, 2], (await GetItemsAsync(homes.Owner, $"/api/v1/profiles/{Model}/versions")).EnumerateArray().Select(p => p.GetProperty("version").GetInt32()));
            Assert.Equal(1, await ActiveVersionAsync(homes.CabinOwner, Cabin, "cabin-lamp"));
            // The version rule counts what was uploaded before the restart.
            var next = await AssertProblemAsync(await UploadAsync(homes.Maker, Light(2)), HttpStatusCode.Conflict);
            Assert.Equal(3, next.GetProperty("expectedVersion").GetInt32());
        }
        finally
        {
            await homes.DisposeAsync();
        }
    }

    private static async Task<List<string?>> ModelsAsync(HttpClient client) =>
        [.. (await GetItemsAsync(client, "/api/v1/profiles?limit=500")).EnumerateArray().Select(p => p.GetProperty("model").GetString())];
}
