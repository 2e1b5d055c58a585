using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Bodies over their limit are 413 before anything reads them; unreadable JSON is 400 naming where it broke.</summary>
public sealed class RequestLimitsTests
{
    private const string Lamp = "/api/v1/homes/home/devices/lamp-1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABodyOverTheDefault64KiBIs413NamingTheLimitAndChangesNothing()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        using var http = hub.CreateHttpClient();
        var name = new string('x', 64 * 1024);

        var response = await http.PatchAsync(Lamp, Body($$"""{"name":"{{name}}"}"""), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65536", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(65536, problem.GetProperty("limit").GetInt64());
        Assert.Equal("lamp-1", (await GetJsonAsync(http, Lamp)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task AChunkedBodyWithoutALengthIsStoppedAtTheLimitToo()
    {
        await using var hub = new DeviceHub(("Api:MaxRequestBodyBytes", "1000"));
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        using var http = hub.CreateHttpClient();
        using var small = await http.PatchAsync(Lamp, Unsized($$"""{"name":"{{new string('y', 900)}}"}"""), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode); // read whole: only the name's own length check refuses it

        var response = await http.PatchAsync(Lamp, Unsized($$"""{"name":"{{new string('y', 2000)}}"}"""), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1000 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProfileUploadMayBeLargerThanOtherBodiesButNotOverItsOwnLimit()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var padding = new string(' ', 200 * 1024);

        // 200 KiB: over the default limit, under the profile one, so it is read — and refused as a profile, not as too large.
        var read = await http.PostAsync("/api/v1/profiles", Body($$"""{"model":"acme.thing.x1"{{padding}}}"""), Ct);
        await AssertProblemAsync(read, HttpStatusCode.BadRequest);
        var tooLarge = await http.PostAsync("/api/v1/profiles", Body("{" + new string(' ', 1024 * 1024) + "}"), Ct);
        var problem = await AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1048576", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":5}""", "$.name")]
    [InlineData("""{"aliases":"one"}""", "$.aliases")]
    [InlineData("""{"name":""", "$.name")]
    [InlineData("""not json""", "$")]
    public async Task AMalformedOrMistypedJsonBodyIs400WithThePathWhereReadingStopped(string json, string path)
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        using var http = hub.CreateHttpClient();

        var problem = await AssertProblemAsync(await http.PatchAsync(Lamp, Body(json), Ct), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        var room = await AssertProblemAsync(await http.PostAsync("/api/v1/homes/home/rooms", Body(json), Ct), HttpStatusCode.BadRequest);
        Assert.True(room.GetProperty("errors").EnumerateObject().Any(), room.ToString());
    }

    [Fact]
    public async Task TheRealServerRefusesAnOversizedChunkedBodyWith413()
    {
        await using var hub = GatewayProcess.Start();
        using var http = await hub.CreateOwnerClientAsync(Ct);

        using var response = await http.PostAsync("/api/v1/homes/home/rooms", Unsized($$"""{"name":"{{new string('z', 100 * 1024)}}"}"""), Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65536", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var sized = await http.PostAsync("/api/v1/homes/home/rooms", Body($$"""{"name":"{{new string('z', 100 * 1024)}}"}"""), Ct);
        await AssertProblemAsync(sized, HttpStatusCode.RequestEntityTooLarge);
        var malformed = await AssertProblemAsync(await http.PostAsync("/api/v1/homes/home/rooms", Body("""{"name":7}"""), Ct), HttpStatusCode.BadRequest);
        Assert.True(malformed.GetProperty("errors").TryGetProperty("$.name", out _), malformed.ToString());
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/rooms", Ct)).GetProperty("items").EnumerateArray());
    }

    // A stream of unknown length: HttpClient sends it chunked, with no Content-Length to refuse up front.
    private static StreamContent Unsized(string json)
    {
        var content = new StreamContent(new UnsizedStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
