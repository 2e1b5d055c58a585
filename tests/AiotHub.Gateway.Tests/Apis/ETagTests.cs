using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Versions and ETags: If-Match guards edits (412, nothing changed), If-None-Match on GET gives 304.</summary>
public sealed class ETagTests
{
    private const string Lamp = "/api/v1/homes/home/devices/lamp-1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OfTwoClientsPatchingWithTheSameIfMatchOneWinsAndTheOtherGets412WithNothingChanged()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        using var phone = hub.CreateHttpClient();
        using var tablet = hub.CreateHttpClient();
        var read = await phone.GetAsync(Lamp, Ct);
        var etag = read.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal($"\"{(await read.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt64()}\"", etag.Tag);

        var first = await PatchAsync(phone, Lamp, """{"name":"Phone's name"}""", etag.Tag);
        var second = await PatchAsync(tablet, Lamp, """{"name":"Tablet's name"}""", etag.Tag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag);
        var problem = await AssertProblemAsync(second, HttpStatusCode.PreconditionFailed);
        Assert.Equal(first.Headers.ETag!.Tag, $"\"{problem.GetProperty("currentVersion").GetInt64()}\"");
        var device = await GetJsonAsync(tablet, Lamp);
        Assert.Equal("Phone's name", device.GetProperty("name").GetString());

        // Retried against the version it now reads, the tablet's change goes through; without If-Match the last write wins.
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(tablet, Lamp, """{"name":"Tablet's name"}""", first.Headers.ETag.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(phone, Lamp, """{"name":"Anyone"}""", ifMatch: null)).StatusCode);
        Assert.Equal("Anyone", (await GetJsonAsync(tablet, Lamp)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task OfEightConcurrentPatchesAgainstOneVersionExactlyOneIsApplied()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        using var http = hub.CreateHttpClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => PatchAsync(http, Lamp, $$"""{"name":"name {{i}}"}""", "\"1\"")));

        var won = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a != won), a => Assert.Equal(HttpStatusCode.PreconditionFailed, a.StatusCode));
        var device = await GetJsonAsync(http, Lamp);
        Assert.Equal(2, device.GetProperty("version").GetInt64());
        Assert.Equal((await won.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("name").GetString(), device.GetProperty("name").GetString());
    }

    [Fact]
    public async Task IfNoneMatchWithTheCurrentVersionIs304UntilTheDeviceChanges()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        using var http = hub.CreateHttpClient();
        var etag = (await http.GetAsync(Lamp, Ct)).Headers.ETag!;

        var unchanged = await GetAsync(http, Lamp, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(http, Lamp, """{"aliases":["ceiling"]}""", etag.Tag)).StatusCode);
        var changed = await GetAsync(http, Lamp, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task ARoomIsRenamedOnlyAgainstItsCurrentVersion()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var created = await (await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "Den" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var room = $"/api/v1/homes/home/rooms/{created.GetProperty("id").GetString()}";
        var etag = (await http.GetAsync(room, Ct)).Headers.ETag!;
        Assert.Equal("\"1\"", etag.Tag);

        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(http, room, """{"name":"Study"}""", etag.Tag)).StatusCode);
        await AssertProblemAsync(await PatchAsync(http, room, """{"name":"Library"}""", etag.Tag), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await PatchAsync(http, room, """{"name":"Library"}""", "W/\"2\""), HttpStatusCode.PreconditionFailed);
        var now = await GetJsonAsync(http, room);
        Assert.Equal("Study", now.GetProperty("name").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(http, room, new EntityTagHeaderValue("\"2\""))).StatusCode);
        await AssertProblemAsync(await PatchAsync(http, "/api/v1/homes/home/rooms/r-nope", """{"name":"X"}""", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ATokenIsRevokedOnlyAgainstItsCurrentVersion()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        var created = await (await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "tablet", role = "guest" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var token = $"/api/v1/homes/home/tokens/{created.GetProperty("id").GetString()}";
        using var guest = hub.CreateHttpClient(created.GetProperty("secret").GetString());
        var etag = (await owner.GetAsync(token, Ct)).Headers.ETag!;

        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(owner, token, """{"name":"hall tablet"}""", etag.Tag)).StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Delete, token);
        stale.Headers.IfMatch.Add(etag);
        await AssertProblemAsync(await owner.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/api/v1/homes/home/devices", Ct)).StatusCode);

        using var current = new HttpRequestMessage(HttpMethod.Delete, token);
        current.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.SendAsync(current, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guest.GetAsync("/api/v1/homes/home/devices", Ct)).StatusCode);
        var revoked = await GetJsonAsync(owner, token);
        Assert.Equal(3, revoked.GetProperty("version").GetInt64());
        Assert.Equal("hall tablet", revoked.GetProperty("name").GetString());
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient http, string path, string json, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = Body(json) };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await http.SendAsync(request, Ct);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, EntityTagHeaderValue ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await http.SendAsync(request, Ct);
    }
}
