using AiotHub.Core.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>The registry's synchronous feed of reported values, which telemetry records.</summary>
public sealed class PropertyReportedTests
{
    private const string Plug = "aiot.plug.meter1";
    private readonly ManualClock _clock = new();

    [Fact]
    public void EveryValidReportedValueIsRaisedWithItsOwnerPropertyTimeAndWhetherItChanged()
    {
        var registry = Create(_clock);
        registry.Online("plug-1", Plug);
        var room = registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Kitchen")!;
        registry.UpdateDevice("plug-1", roomId: room.Id);
        var reports = new List<PropertyReport>();
        registry.PropertyReported += (in PropertyReport r) => reports.Add(r);
        var at = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":12.5,"power-consumption.electric-current":0.05}"""), at);
        registry.OnProperties("plug-1", Json("""{"2.1":12.5,"power-consumption.electric-current":0.06}"""), at.AddSeconds(1));

        Assert.Equal(4, reports.Count);
        var first = reports[0];
        Assert.Equal(("home", room.Id, "plug-1", Plug, "power-consumption.electric-power", "power-consumption", "electric-power"),
            (first.HomeId, first.RoomId, first.DeviceId, first.Model, first.Key, first.Service.Name, first.Property.Name));
        Assert.True(first.Property.Telemetry);
        Assert.False(reports[1].Property.Telemetry);
        Assert.Equal(12.5, first.Value.GetDouble());
        Assert.Equal(at, first.Time);
        Assert.Equal([true, true, false, true], reports.Select(r => r.Changed));
        Assert.Equal("power-consumption.electric-power", reports[2].Key);
        Assert.Equal(at.AddSeconds(1), reports[2].Time);
    }

    [Fact]
    public void InvalidAndUnknownValuesAreNotRaised()
    {
        var registry = Create(_clock);
        registry.Online("plug-1", Plug);
        var reports = new List<PropertyReport>();
        registry.PropertyReported += (in PropertyReport r) => reports.Add(r);

        var errors = registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":"high","nope.nothing":1,"power-consumption.voltage":230}"""));

        Assert.Equal(2, errors.Count);
        var only = Assert.Single(reports);
        Assert.Equal(("power-consumption.voltage", 230.0, _clock.GetUtcNow()), (only.Key, only.Value.GetDouble(), only.Time));
    }

    [Fact]
    public void ListeningAddsNoAllocationToAReport()
    {
        var quiet = Create(_clock);
        var heard = Create(_clock);
        quiet.Online("plug-1", Plug);
        heard.Online("plug-1", Plug);
        var count = 0;
        heard.PropertyReported += (in PropertyReport r) => count += r.Changed ? 0 : 1;
        var values = Json("""{"power-consumption.electric-power":12.5}""");
        var at = _clock.GetUtcNow();
        quiet.OnProperties("plug-1", values, at);
        heard.OnProperties("plug-1", values, at);

        var withoutListener = Allocated(quiet);
        var withListener = Allocated(heard);

        Assert.Equal(200, count);
        Assert.Equal(withoutListener, withListener);

        long Allocated(DeviceRegistry registry)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++)
                registry.OnProperties("plug-1", values, at.AddMilliseconds(i + 1));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    [Fact]
    public void ARedeliveredReportIsTakenOnceAndAnOlderOneIsHistoryThatLeavesTheTwinAlone()
    {
        var registry = Create(_clock);
        registry.Online("plug-1", Plug);
        var reports = new List<PropertyReport>();
        registry.PropertyReported += (in PropertyReport r) => reports.Add(r);
        var at = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":12.5}"""), at);
        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":13.5}"""), at.AddSeconds(1));
        // The same report again (its PUBACK was lost), and an older reading arriving late.
        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":13.5}"""), at.AddSeconds(1));
        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":11.0}"""), at.AddMilliseconds(500));

        Assert.Equal(1, registry.DuplicateReports);
        Assert.Equal([(12.5, false), (13.5, false), (11.0, true)], reports.Select(r => (r.Value.GetDouble(), r.Late)));
        Assert.False(reports[2].Changed);
        Assert.True(registry.TryGetDevice("plug-1", out var device));
        var reported = device.Properties["power-consumption.electric-power"].Reported!;
        Assert.Equal((13.5, at.AddSeconds(1)), (reported.Value.GetDouble(), reported.Timestamp));
    }

    [Fact]
    public void AReportTimeIsKeptInMilliseconds()
    {
        var registry = Create(_clock);
        registry.Online("plug-1", Plug);
        var reports = new List<PropertyReport>();
        registry.PropertyReported += (in PropertyReport r) => reports.Add(r);
        var at = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567);

        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":12.5}"""), at);
        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":12.5}"""), at.AddTicks(1));

        // Stored as Unix milliseconds: the second is the same report (a redelivery), as it would be after a restart.
        var only = Assert.Single(reports);
        Assert.Equal(at.ToUnixTimeMilliseconds(), only.Time.ToUnixTimeMilliseconds());
        Assert.Equal(0, only.Time.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(1, registry.DuplicateReports);
    }

    [Fact]
    public void AHandlerRunsWithTheRegistrysLockReleasedAndMayCallBackIntoIt()
    {
        var registry = Create(_clock);
        registry.Online("plug-1", Plug);
        registry.Online("lamp-1");
        var seen = new List<(double Twin, bool OtherThreadRead, bool Sent)>();
        registry.PropertyReported += (in PropertyReport r) =>
        {
            // Another thread can read the registry meanwhile: its lock is not held here.
            var otherThreadRead = Task.Run(() => registry.ListDevices().Count).Wait(TimeSpan.FromSeconds(5));
            registry.TryGetDevice(r.DeviceId, out var device);
            var command = registry.CallAction("lamp-1", "light.toggle");
            seen.Add((device!.Properties[r.Key].Reported!.Value.GetDouble(), otherThreadRead, command.IsAccepted));
        };

        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":12.5}"""));

        // The twin already holds the value the handler is told about.
        Assert.Equal([(12.5, true, true)], seen);
    }

    [Fact]
    public void ReportsReachTheHandlerOneAtATimeInTheOrderEachDeviceSentThem()
    {
        var registry = Create(_clock);
        const int Devices = 4;
        const int Reports = 300;
        for (var d = 0; d < Devices; d++)
            registry.Online($"plug-{d}", Plug);
        var received = new List<double>[Devices];
        for (var d = 0; d < Devices; d++)
            received[d] = [];
        var inside = 0;
        var overlapped = false;
        registry.PropertyReported += (in PropertyReport r) =>
        {
            overlapped |= Interlocked.Increment(ref inside) > 1;
            received[r.DeviceId[^1] - '0'].Add(r.Value.GetDouble());
            Interlocked.Decrement(ref inside);
        };
        var start = _clock.GetUtcNow();

        Parallel.For(0, Devices, new ParallelOptions { MaxDegreeOfParallelism = Devices }, d =>
        {
            for (var i = 1; i <= Reports; i++)
                registry.OnProperties($"plug-{d}", Json($$"""{"power-consumption.electric-power":{{i}}}"""), start.AddMilliseconds(i));
        });

        Assert.False(overlapped);
        for (var d = 0; d < Devices; d++)
            Assert.Equal(Enumerable.Range(1, Reports).Select(i => (double)i), received[d]);
    }

    [Fact]
    public void ValuesAHandlerReportsItselfComeAfterTheReportThatTriggeredIt()
    {
        var registry = Create(_clock);
        registry.Online("plug-1", Plug);
        registry.Online("plug-2", Plug);
        var order = new List<string>();
        registry.PropertyReported += (in PropertyReport r) =>
        {
            order.Add($"{r.DeviceId}={r.Value.GetDouble()}");
            // A bridge of sorts: what plug-1 measures, plug-2 mirrors (its own message, gone once the call returns).
            if (r.DeviceId == "plug-1")
                registry.OnProperties("plug-2", Json($$"""{"power-consumption.electric-power":{{r.Value.GetDouble() * 2}}}"""));
        };

        registry.OnProperties("plug-1", Json("""{"power-consumption.electric-power":3,"power-consumption.voltage":230}"""));

        Assert.Equal(["plug-1=3", "plug-1=230", "plug-2=6", "plug-2=460"], order);
    }
}
