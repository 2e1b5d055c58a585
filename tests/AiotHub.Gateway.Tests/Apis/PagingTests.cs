using System.Globalization;
using System.Net;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.AspNetCore.Http;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Every /api/v1 list is a page: {items, nextCursor, total}, walked with ?limit= and ?cursor=.</summary>
public sealed class PagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WalkingA250DeviceHomeInPagesOf100GivesEachDeviceOnce()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var ids = Enumerable.Range(0, 250).Select(i => string.Create(CultureInfo.InvariantCulture, $"lamp-{i:D3}")).ToList();
        foreach (var id in ids.OrderBy(_ => Random.Shared.Next()))
            hub.Registry.OnAnnounce(id, new DeviceAnnouncement("aiot.light.ceiling1"));

        var seen = new List<string>();
        var sizes = new List<int>();
        string? cursor = null;
        do
        {
            var page = await GetJsonAsync(http, "/api/v1/homes/home/devices?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(250, page.GetProperty("total").GetInt32());
            var items = page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
            sizes.Add(items.Count);
            seen.AddRange(items);
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && sizes.Count < 10);

        Assert.Equal([100, 100, 50], sizes);
        Assert.Equal(ids, seen);
    }

    [Fact]
    public async Task WithoutALimitAPageHoldsAHundredAndTheLastPageSaysSoWithANullCursor()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        for (var i = 0; i < 101; i++)
            hub.Registry.OnAnnounce(string.Create(CultureInfo.InvariantCulture, $"d-{i:D3}"), new DeviceAnnouncement("aiot.light.ceiling1"));

        var first = await GetJsonAsync(http, "/api/v1/homes/home/devices");
        Assert.Equal(100, first.GetProperty("items").GetArrayLength());
        var second = await GetJsonAsync(http, "/api/v1/homes/home/devices?cursor=" + first.GetProperty("nextCursor").GetString());
        Assert.Equal("d-100", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("cursor=not-a-cursor!", "cursor")]
    [InlineData("cursor=bm90IG91cnM", "cursor")]
    public async Task ABadLimitOrCursorIsA400NamingTheParameter(string query, string parameter)
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        foreach (var list in new[] { "/api/v1/homes", "/api/v1/homes/home/devices", "/api/v1/homes/home/rooms", "/api/v1/homes/home/tokens", "/api/v1/profiles" })
        {
            var problem = await AssertProblemAsync(await http.GetAsync($"{list}?{query}", Ct), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{list}: {problem}");
        }
    }

    [Fact]
    public void AnItemAddedOrRemovedBetweenPagesShiftsNothing()
    {
        var cursors = new PageCursors(CursorKey.ForThisProcess(), "/api/v1/letters");
        var first = ApiPaging.Paginate(["a", "c", "e", "g"], s => s, new PageRequest(2, null, cursors));
        Assert.Equal(["a", "c"], first.Items);
        Assert.True(ApiPaging.TryRead(new PageQuery("2", first.NextCursor, new DefaultHttpContext()), cursors, out var next, out _));

        // "b" arrives before the cursor and "c" (the last one seen) is removed: the next page still starts at "e".
        var second = ApiPaging.Paginate(["a", "b", "e", "g"], s => s, next);

        Assert.Equal(["e", "g"], second.Items);
        Assert.Null(second.NextCursor);
        Assert.Equal(4, second.Total);
    }

    [Fact]
    public async Task HandMadeAlteredOrBorrowedCursorsAreRefusedAndTheHubsOwnOnesWork()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        for (var i = 0; i < 3; i++)
            hub.Registry.OnAnnounce(string.Create(CultureInfo.InvariantCulture, $"d-{i}"), new DeviceAnnouncement("aiot.light.ceiling1"));
        for (var i = 0; i < 3; i++)
            hub.Registry.CreateRoom("home", string.Create(CultureInfo.InvariantCulture, $"Room {i}"));
        var devices = "/api/v1/homes/home/devices?limit=1";
        var real = (await GetJsonAsync(http, devices)).GetProperty("nextCursor").GetString()!;
        Assert.Equal("d-1", (await GetJsonAsync(http, $"{devices}&cursor={real}")).GetProperty("items")[0].GetProperty("id").GetString());

        // base64url("1:d-1") and base64url("1:zzzz"): what a cursor looked like before it was signed.
        var handMade = new[] { "MTpkLTE", "MTp6enp6" };
        var altered = real[..^2] + (real[^2] == 'A' ? 'B' : 'A') + real[^1];
        foreach (var cursor in handMade.Append(altered))
        {
            var problem = await AssertProblemAsync(await http.GetAsync($"{devices}&cursor={cursor}", Ct), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _), problem.ToString());
        }

        // A devices cursor is not a rooms cursor.
        var borrowed = await AssertProblemAsync(await http.GetAsync($"/api/v1/homes/home/rooms?limit=1&cursor={real}", Ct), HttpStatusCode.BadRequest);
        Assert.True(borrowed.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task ACursorStaysGoodAcrossARestart()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-cursor-").FullName;
        try
        {
            string cursor;
            await using (var hub = new DeviceHub(("Devices:DataDirectory", data)))
            {
                foreach (var id in new[] { "a-1", "b-2", "c-3" })
                    hub.Registry.OnAnnounce(id, new DeviceAnnouncement("aiot.light.ceiling1"));
                using var http = hub.CreateHttpClient();
                cursor = (await GetJsonAsync(http, "/api/v1/homes/home/devices?limit=2")).GetProperty("nextCursor").GetString()!;
            }

            await using (var hub = new DeviceHub(("Devices:DataDirectory", data)))
            {
                using var http = hub.CreateHttpClient();
                var page = await GetJsonAsync(http, $"/api/v1/homes/home/devices?limit=2&cursor={cursor}");
                Assert.Equal("c-3", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void NewestFirstKeysSortTheNewestTimeFirst()
    {
        var old = ApiPaging.NewestFirst(DateTimeOffset.UnixEpoch, "x");
        var recent = ApiPaging.NewestFirst(DateTimeOffset.UnixEpoch.AddSeconds(1), "x");
        Assert.True(string.CompareOrdinal(recent, old) < 0);
    }
}
