using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>/api/v1/homes: the default home and its rooms.</summary>
public sealed class HomesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDefaultHomeGetsRoomsAndBadRoomNamesAreRefused()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        var home = Assert.Single((await GetItemsAsync(http, "/api/v1/homes")).EnumerateArray());
        Assert.Equal("home", home.GetProperty("id").GetString());

        var created = await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = " Bedroom " }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var room = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Bedroom", room.GetProperty("name").GetString());
        var detail = await GetJsonAsync(http, "/api/v1/homes/home");
        Assert.Equal("Bedroom", Assert.Single(detail.GetProperty("rooms").EnumerateArray()).GetProperty("name").GetString());

        var problem = await AssertProblemAsync(await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "" }, Ct), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.name", out _));
        await AssertProblemAsync(await http.PostAsJsonAsync("/api/v1/homes/nowhere/rooms", new { name = "Attic" }, Ct), HttpStatusCode.NotFound);
        Assert.Single((await GetItemsAsync(http, "/api/v1/homes/home/rooms")).EnumerateArray());
    }
}
