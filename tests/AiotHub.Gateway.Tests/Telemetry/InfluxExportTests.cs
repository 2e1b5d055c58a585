using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Telemetry;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Telemetry.Tests.Servers;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Telemetry;

/// <summary>What the hub sends to a real time-series server (VictoriaMetrics, v2 write path) for the readings devices report.</summary>
public sealed class InfluxExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TelemetryReadingsArriveAsServiceFieldsTaggedWithHomeRoomDeviceAndModelAndOtherPropertiesStayHome()
    {
        await using var victoria = await VictoriaMetricsServer.StartAsync(Ct);
        await using var hub = new DeviceHub(("Telemetry:Influx:Url", victoria.BaseAddress.ToString()), ("Telemetry:Influx:Bucket", "home"),
            ("Telemetry:Influx:FlushInterval", "00:00:00.100"));
        var room = hub.Registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Hall")!;
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement("aiot.sensor.th1"));
        hub.Registry.OnAnnounce("door-1", new DeviceAnnouncement("aiot.sensor.contact1"));
        hub.Registry.OnAnnounce("ac-1", new DeviceAnnouncement("aiot.ac.split1"));
        hub.Registry.UpdateDevice("door-1", roomId: room.Id);
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        at = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        Assert.Empty(hub.Registry.OnProperties("th-1", Json("""{"environment.temperature":21.5,"environment.relative-humidity":45}"""), at));
        Assert.Empty(hub.Registry.OnProperties("th-1", Json("""{"environment.temperature":21.5}"""), at.AddSeconds(1)));
        Assert.Empty(hub.Registry.OnProperties("door-1", Json("""{"magnet-sensor.contact-state":true}"""), at));
        Assert.Empty(hub.Registry.OnProperties("ac-1", Json("""{"air-conditioner.eco":true}"""), at));
        var telemetry = hub.Services.GetRequiredService<TelemetryService>();

        var status = await Eventually.MatchesAsync(() => Task.FromResult(telemetry.Sink!.Status()), s => s.Written == 4, Ct);
        Assert.Equal((4L, 0L), (status.Written, status.QueuedPoints));

        var series = (await victoria.ExportAsync(Ct)).ToDictionary(
            s => (s.GetProperty("metric").GetProperty("__name__").GetString()!, s.GetProperty("metric").GetProperty("device").GetString()!));
        Assert.Equal(3, series.Count);
        // A repeated reading of a telemetry property is a reading too.
        Assert.Equal([21.5, 21.5], Values(series[("environment_temperature", "th-1")]));
        Assert.Equal([45.0], Values(series[("environment_relative-humidity", "th-1")]));
        var door = series[("magnet-sensor_contact-state", "door-1")];
        Assert.Equal([1.0], Values(door));
        var tags = door.GetProperty("metric");
        Assert.Equal(("home", room.Id, "aiot.sensor.contact1"), (tags.GetProperty("home").GetString(), tags.GetProperty("room").GetString(), tags.GetProperty("model").GetString()));
        Assert.Equal(at.ToUnixTimeMilliseconds(), door.GetProperty("timestamps")[0].GetInt64());
        Assert.False(series[("environment_temperature", "th-1")].GetProperty("metric").TryGetProperty("room", out _));
    }

    [Fact]
    public async Task ALateReadingIsRecordedAndExportedOnceAndReportedAgainNeither()
    {
        await using var victoria = await VictoriaMetricsServer.StartAsync(Ct);
        await using var hub = new DeviceHub(("Telemetry:Influx:Url", victoria.BaseAddress.ToString()), ("Telemetry:Influx:Bucket", "home"),
            ("Telemetry:Influx:FlushInterval", "00:00:00.100"));
        hub.Registry.OnAnnounce("th-1", new DeviceAnnouncement("aiot.sensor.th1"));
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds());
        var telemetry = hub.Services.GetRequiredService<TelemetryService>();

        Assert.Empty(hub.Registry.OnProperties("th-1", Json("""{"environment.temperature":21.0}"""), at.AddSeconds(2)));
        // A reading the device had buffered arrives after a newer one (late), then again (its PUBACK was lost).
        Assert.Empty(hub.Registry.OnProperties("th-1", Json("""{"environment.temperature":20.0}"""), at));
        await telemetry.WhenDurableAsync();
        Assert.Empty(hub.Registry.OnProperties("th-1", Json("""{"environment.temperature":20.0}"""), at));
        await telemetry.WhenDurableAsync();

        var recorded = telemetry.Recorder.History("th-1", "environment.temperature", at.AddMinutes(-1), at.AddMinutes(1));
        Assert.Equal([(at, 20.0), (at.AddSeconds(2), 21.0)], recorded.Points.Select(p => (p.Time, p.Last!.Value)));
        Assert.Equal(0, telemetry.Recorder.Status().SamplesDuplicate);
        var status = await Eventually.MatchesAsync(() => Task.FromResult(telemetry.Sink!.Status()), s => s.QueuedPoints == 0 && s.Written >= 2, Ct);
        Assert.Equal((2L, 0L), (status.Written, status.QueuedPoints));
        var series = Assert.Single(await victoria.ExportAsync(Ct));
        Assert.Equal([20.0, 21.0], Values(series));
    }

    private static double[] Values(JsonElement series) => [.. series.GetProperty("values").EnumerateArray().Select(v => v.GetDouble())];
}
