using System.Globalization;
using System.Net;
using System.Text.Json;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Activity;

/// <summary>GET /api/v1/homes/{homeId}/activity against the real hub: what people and devices did, and who did it.</summary>
public sealed class ActivityApiTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Home = "/api/v1/homes/home";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACommandFromTheAppIsCreditedToTheMembersTokenAndAWallSwitchPressToTheDevice()
    {
        await using var hub = new DeviceHub();
        var (member, secret) = hub.Tokens.Create("phone", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Member)], expires: null);
        using var http = hub.CreateHttpClient(secret);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.on":false}}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties.ContainsKey("light.on"), Ct));

        var response = await http.PostAsync($"{Home}/devices/lamp-1/properties", Body("""{"values":{"light.on":true}}"""), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (_, _) = await lamp.NextCommandAsync(Ct);
        var commandId = hub.Registry.ListCommands("lamp-1")[0].Id;
        await lamp.ReplyAsync(commandId, 0, Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.on":true}}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(commandId)!.Status == CommandStatus.Applied, Ct));
        // Later, someone switches it off at the wall: no command asked for that.
        await lamp.PublishAsync("properties", """{"values":{"light.on":false}}""", Ct);

        List<string> log = [];
        Assert.True(await WaitUntilAsync(() =>
        {
            log = Describe(GetItemsAsync(http, $"{Home}/activity?deviceId=lamp-1").GetAwaiter().GetResult());
            return log.Count >= 4;
        }, Ct), string.Join("\n", log));
        Assert.Equal(
        [
            "availability device - true -",
            $"set app light.on true {member.Id} {commandId}",
            $"changed app light.on true {member.Id} {commandId}",
            "changed device light.on false -",
        ], log);
    }

    [Fact]
    public async Task ALongLogPagesOldestFirstAndIsFilteredByDeviceAndTime()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var store = hub.Services.GetRequiredService<ActivityStore>();
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        store.Append([.. Enumerable.Range(0, 250).Select(i => new ActivityEntry(0, "home", start.AddMinutes(i), ActivityKind.Set, ActivitySource.App,
            i % 5 == 0 ? "fan-1" : "lamp-9", "light.on", JsonSerializer.SerializeToElement(i % 2 == 0), "tok_x"))]);

        var ids = new List<long>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var page = await GetJsonAsync(http, $"{Home}/activity?deviceId=lamp-9&limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(200, page.GetProperty("total").GetInt32());
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(2, pages);
        Assert.Equal(200, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
        var window = $"from={Uri.EscapeDataString(start.AddMinutes(10).ToString("O", CultureInfo.InvariantCulture))}&to={Uri.EscapeDataString(start.AddMinutes(19).ToString("O", CultureInfo.InvariantCulture))}";
        var fans = await GetItemsAsync(http, $"{Home}/activity?deviceId=fan-1&{window}");
        Assert.Equal([10, 15], fans.EnumerateArray().Select(e => (int)Math.Round((e.GetProperty("time").GetDateTimeOffset() - start).TotalMinutes)));
        // Without ?from, the last week before ?to (now): all of it.
        Assert.Equal(250, (await GetJsonAsync(http, $"{Home}/activity?limit=1")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ABadWindowDeviceOrCursorIsAProblemNamingTheParameterAndOtherRolesAreRefused()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        async Task<string> ProblemAtAsync(string query) =>
            (await AssertProblemAsync(await http.GetAsync($"{Home}/activity?{query}", Ct), HttpStatusCode.BadRequest))
                .GetProperty("errors").EnumerateObject().Single().Name;

        Assert.Equal("from", await ProblemAtAsync("from=yesterday"));
        Assert.Equal("from", await ProblemAtAsync("from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z"));
        Assert.Equal("deviceId", await ProblemAtAsync("deviceId=" + Uri.EscapeDataString("lamp 1!")));
        Assert.Equal("limit", await ProblemAtAsync("limit=100000"));
        Assert.Equal("cursor", await ProblemAtAsync("cursor=forged"));
        await AssertProblemAsync(await http.GetAsync("/api/v1/homes/elsewhere/activity", Ct), HttpStatusCode.NotFound);

        var (_, guest) = hub.Tokens.Create("visitor", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Guest)], expires: null);
        using var guestHttp = hub.CreateHttpClient(guest);
        Assert.Equal(HttpStatusCode.Forbidden, (await guestHttp.GetAsync($"{Home}/activity", Ct)).StatusCode);
    }

    private static List<string> Describe(JsonElement items) =>
    [
        .. items.EnumerateArray().Select(e =>
            $"{e.GetProperty("kind").GetString()} {e.GetProperty("source").GetString()} {Text(e, "member")} {Raw(e, "value")} {Text(e, "actor")}"
            + (e.TryGetProperty("reference", out var reference) ? " " + reference.GetString() : "")),
    ];

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString()! : "-";

    private static string Raw(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetRawText() : "-";
}
