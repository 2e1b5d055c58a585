using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Telemetry;

/// <summary>
/// The history, energy, status and purge endpoints against the real hub: values reported (with the
/// devices' own timestamps) go through the registry to the recorder and come back as an app charts them.
/// </summary>
public sealed class HistoryApiTests
{
    private const string Sensor = "aiot.sensor.th1";
    private const string Plug = "aiot.plug.meter1";
    private const string AirConditioner = "aiot.ac.split1";
    private const string Devices = "/api/v1/homes/home/devices";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-3) is var t ? new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero) : default;

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static void Report(DeviceHub hub, string deviceId, string json, DateTimeOffset at) =>
        Assert.Empty(hub.Registry.OnProperties(deviceId, Json(json), at));

    [Fact]
    public async Task AShortRangeIsEveryReportedValueWithTheUnitAndALongerStepGivesBuckets()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement(Sensor));
        for (var i = 0; i < 60; i++)
            Report(hub, "th-1", $$"""{"environment.temperature":{{20 + (i % 10)}}.5}""", Start.AddMinutes(i));
        using var http = hub.CreateHttpClient();

        var raw = await GetJsonAsync(http, $"{Devices}/th-1/history?property=environment.temperature&from={Iso(Start)}&to={Iso(Start.AddMinutes(30))}");
        Assert.Equal(("th-1", "environment.temperature", "celsius", "raw"),
            (raw.GetProperty("deviceId").GetString(), raw.GetProperty("property").GetString(), raw.GetProperty("unit").GetString(), raw.GetProperty("resolution").GetString()));
        var points = raw.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(30, points.Count);
        Assert.Equal(Start.AddMinutes(7), points[7].GetProperty("time").GetDateTimeOffset());
        Assert.Equal(27.5, points[7].GetProperty("value").GetDouble());

        var buckets = await GetJsonAsync(http, $"{Devices}/th-1/history?property=1.1&from={Iso(Start)}&to={Iso(Start.AddHours(1))}&step=15m");
        Assert.Equal("15m", buckets.GetProperty("step").GetString());
        var first = buckets.GetProperty("points")[0];
        // Minutes 0-14: 20.5 … 29.5, then 20.5 … 24.5.
        Assert.Equal((20.5, 29.5, 15L, 24.5), (first.GetProperty("min").GetDouble(), first.GetProperty("max").GetDouble(),
            first.GetProperty("count").GetInt64(), first.GetProperty("last").GetDouble()));
        Assert.Equal((10 * 25.0 + 5 * 22.5) / 15, first.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(4, buckets.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task AnOrdinaryPropertyIsRecordedOnlyWhenItChanges()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("ac-1", new DeviceAnnouncement(AirConditioner));
        Report(hub, "ac-1", """{"air-conditioner.eco":true}""", Start);
        Report(hub, "ac-1", """{"air-conditioner.eco":true}""", Start.AddMinutes(1));
        Report(hub, "ac-1", """{"air-conditioner.eco":false}""", Start.AddMinutes(2));
        using var http = hub.CreateHttpClient();

        var history = await GetJsonAsync(http, $"{Devices}/ac-1/history?property=air-conditioner.eco&from={Iso(Start)}&to={Iso(Start.AddHours(1))}");

        Assert.Equal([1.0, 0.0], history.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
    }

    [Theory]
    [InlineData("?from=2026-12-01T08:00:00Z", "property")]
    [InlineData("?property=environment.temperature&from=yesterday", "from")]
    [InlineData("?property=environment.temperature&to=2026-12-01", "to")]
    [InlineData("?property=environment.temperature&from=2026-12-01T08:00:00Z&to=2026-12-01T07:00:00Z", "from")]
    [InlineData("?property=environment.temperature&step=5x", "step")]
    [InlineData("?property=environment.temperature&step=0m", "step")]
    [InlineData("?property=environment.temperature&from=2020-01-01T00:00:00Z&step=1s", "step")]
    [InlineData("?property=environment.temperature&step=999999999d", "step")]
    [InlineData("?property=environment.temperature&step=2147483647h", "step")]
    [InlineData("?property=environment.temperature&step=2147483648s", "step")]
    [InlineData("?property=environment.temperature&step=367d", "step")]
    [InlineData("?property=environment.temperature&to=0001-01-01T00:00:00Z", "to")]
    public async Task ABadQueryIsAProblemNamingTheParameter(string query, string parameter)
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement(Sensor));
        using var http = hub.CreateHttpClient();

        using var response = await http.GetAsync($"{Devices}/th-1/history{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("91")]
    [InlineData("seven")]
    public async Task EnergyDaysOutOfRangeIsAProblemNamingDays(string days)
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("plug-1", new DeviceAnnouncement(Plug));
        using var http = hub.CreateHttpClient();

        using var response = await http.GetAsync($"{Devices}/plug-1/energy?days={days}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("days", out _), problem.ToString());
    }

    [Fact]
    public async Task TheLongestStepOverTheWholeCalendarIsAnswered()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement(Sensor));
        Report(hub, "th-1", """{"environment.temperature":21}""", Start);
        using var http = hub.CreateHttpClient();

        var history = await GetJsonAsync(http, $"{Devices}/th-1/history?property=environment.temperature&from=0001-01-01T00:00:00Z&to=9999-12-31T00:00:00Z&step=366d");

        Assert.Equal("366d", history.GetProperty("step").GetString());
        Assert.Equal(21, history.GetProperty("points")[0].GetProperty("last").GetDouble());
    }

    [Theory]
    [InlineData("/th-1/history?property=environment.nothing")]
    [InlineData("/nobody/history?property=environment.temperature")]
    [InlineData("/th-1/energy")]
    public async Task AnUnknownDeviceOrPropertyIsNotFound(string path)
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement(Sensor));
        using var http = hub.CreateHttpClient();

        using var response = await http.GetAsync(Devices + path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EnergyPerLocalDayIsTheSumOfRisesAndACounterResetIsNotNegativeEnergy()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("plug-1", new DeviceAnnouncement(Plug));
        var zone = TimeProvider.System.LocalTimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        DateTimeOffset At(int daysAgo, int hour)
        {
            var local = today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0));
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        Report(hub, "plug-1", """{"power-consumption.power-consumption":100.0}""", At(3, 10));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":101.5}""", At(3, 12));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":0.5}""", At(3, 14));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":1.0}""", At(3, 16));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":3.0}""", At(2, 1));
        using var http = hub.CreateHttpClient();

        var energy = await GetJsonAsync(http, $"{Devices}/plug-1/energy?days=7");

        Assert.Equal("kWh", energy.GetProperty("unit").GetString());
        var days = energy.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(7, days.Count);
        Assert.Equal(today.AddDays(-3), DateOnly.Parse(days[3].GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2.0, days[3].GetProperty("energy").GetDouble(), 9);
        Assert.Equal(2.0, days[4].GetProperty("energy").GetDouble(), 9);
        Assert.False(days[6].TryGetProperty("energy", out _));
    }

    [Fact]
    public async Task APlugNewTodayShowsWhatItUsedEvenWhenAllItsReadingsFallInOneBucket()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("plug-1", new DeviceAnnouncement(Plug));
        // The demo's kettle: switched on for 45 s a minute after the plug came, its counter reported on the 0.01 kWh step.
        var now = DateTimeOffset.UtcNow;
        Report(hub, "plug-1", """{"power-consumption.power-consumption":49.22}""", now.AddSeconds(-100));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":49.23}""", now.AddSeconds(-80));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":49.24}""", now.AddSeconds(-60));
        Report(hub, "plug-1", """{"power-consumption.power-consumption":49.24}""", now.AddSeconds(-40));
        using var http = hub.CreateHttpClient();

        var energy = await GetJsonAsync(http, $"{Devices}/plug-1/energy?days=2");

        var used = energy.GetProperty("days").EnumerateArray().Sum(d => d.TryGetProperty("energy", out var e) ? e.GetDouble() : 0);
        Assert.Equal(0.02, used, 9);
    }

    [Fact]
    public async Task StatusCountsWhatWasRecordedAndPurgingADeviceEmptiesItsHistory()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement(Sensor));
        hub.Registry.OnAnnounce("th-2", new DeviceAnnouncement(Sensor));
        for (var i = 0; i < 10; i++)
        {
            Report(hub, "th-1", $$"""{"environment.temperature":{{i}}}""", Start.AddSeconds(i));
            Report(hub, "th-2", $$"""{"environment.temperature":{{i}}}""", Start.AddSeconds(i));
        }

        using var http = hub.CreateHttpClient();
        var history = $"/history?property=environment.temperature&from={Iso(Start)}&to={Iso(Start.AddMinutes(1))}";
        Assert.Equal(10, (await GetJsonAsync(http, Devices + "/th-1" + history)).GetProperty("points").GetArrayLength());

        var status = await GetJsonAsync(http, "/api/v1/telemetry");
        Assert.Equal(20, status.GetProperty("recorder").GetProperty("samplesWritten").GetInt64());
        Assert.True(status.GetProperty("recorder").GetProperty("databaseBytes").GetInt64() > 0);
        Assert.False(status.TryGetProperty("influx", out _));

        using var purge = await http.PostAsJsonAsync("/api/v1/telemetry/purge", new { deviceId = "th-1" }, Ct);
        Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        Assert.True((await purge.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("deleted").GetInt64() >= 10);
        Assert.Equal(0, (await GetJsonAsync(http, Devices + "/th-1" + history)).GetProperty("points").GetArrayLength());
        Assert.Equal(10, (await GetJsonAsync(http, Devices + "/th-2" + history)).GetProperty("points").GetArrayLength());

        var health = await GetJsonAsync(http, "/healthz");
        Assert.Equal(20, health.GetProperty("telemetry").GetProperty("recorder").GetProperty("samplesWritten").GetInt64());
    }

    [Fact]
    public async Task OnlyTheDefaultHomesOwnerSeesHubWideFiguresAndOthersSeeTheirOwnHomes()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement(Sensor));
        for (var i = 0; i < 5; i++)
            Report(hub, "th-1", $$"""{"environment.temperature":{{i}}}""", Start.AddSeconds(i));
        using var owner = hub.CreateHttpClient();
        using var integrator = hub.CreateHttpClient(hub.Tokens.Create("influx", [new Gateway.Access.AccessGrant("home", Gateway.Access.AccessRole.Integrator)], expires: null).Secret);
        using var cabinOwner = hub.CreateHttpClient(hub.Tokens.Create("cabin", [new Gateway.Access.AccessGrant("cabin", Gateway.Access.AccessRole.Owner)], expires: null).Secret);

        var hubWide = await GetJsonAsync(owner, "/api/v1/telemetry");
        Assert.Equal(5, hubWide.GetProperty("recorder").GetProperty("samplesWritten").GetInt64());
        var home = Assert.Single(hubWide.GetProperty("homes").EnumerateArray());
        Assert.Equal(("home", 1, 1L, 5L), (home.GetProperty("homeId").GetString(), home.GetProperty("devices").GetInt32(),
            home.GetProperty("series").GetInt64(), home.GetProperty("rawSamples").GetInt64()));

        // An integrator sees its home's figures, not the hub's.
        var own = await GetJsonAsync(integrator, "/api/v1/telemetry");
        Assert.False(own.TryGetProperty("recorder", out _), own.ToString());
        Assert.False(own.TryGetProperty("influx", out _), own.ToString());
        Assert.Equal(5, Assert.Single(own.GetProperty("homes").EnumerateArray()).GetProperty("rawSamples").GetInt64());

        // The owner of another home learns nothing about this one, nor about the hub.
        var other = await GetJsonAsync(cabinOwner, "/api/v1/telemetry");
        Assert.Equal("""{"homes":[]}""", other.GetRawText());
    }
}
