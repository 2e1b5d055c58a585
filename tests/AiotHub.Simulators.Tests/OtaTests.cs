using System.Text.Json;
using AiotHub.Simulators.Devices;
using AiotHub.Simulators.Fleet;
using AiotHub.Testing;

namespace AiotHub.Simulators.Tests;

/// <summary>
/// Simulated devices taking firmware updates (docs/mqtt-protocol.md "Firmware updates") over a real broker, downloading
/// from a real HTTP server with Range: the whole way to the new firmware, a resumed download, each fault as the
/// protocol reports it, rollback, and the answers to offers a device cannot take.
/// </summary>
public sealed class OtaTests
{
    private const string Id = "sim-ceiling1-1";

    [Fact]
    public async Task AnOfferIsDownloadedVerifiedAppliedAndTheNewFirmwareIsAnnouncedBeforeSucceeded()
    {
        await using var image = new ImageServer(200_000);
        await using var run = await Run.StartAsync();

        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        await run.WaitStateAsync("j-1", "ready");
        await run.Hub.SendAsync(Id, "ota", """{"op":"apply","job":"j-1"}""");
        var succeeded = await run.WaitStateAsync("j-1", "succeeded");

        Assert.Equal("1.5.0", succeeded.GetProperty("firmware").GetString());
        Assert.Equal(["accepted", "downloading", "verifying", "ready", "applying", "rebooting", "succeeded"], run.States("j-1").Distinct());
        Assert.All(run.Progress("j-1"), p => Assert.InRange(p, 0, 100));
        // The announce with the new firmware comes first, after the reboot (the first announce said 1.0.0).
        var messages = run.Hub.Received.ToList();
        var announced = messages.FindLastIndex(m => m.Topic == $"aiot/{Id}/announce" && m.Json.GetProperty("firmware").GetString() == "1.5.0");
        var done = messages.FindIndex(m => m.Topic == $"aiot/{Id}/ota/status" && m.Json.GetProperty("state").GetString() == "succeeded");
        Assert.InRange(announced, 0, done - 1);
        Assert.Equal("1.5.0", run.Device.Firmware);
        Assert.Equal(image.Image.Length, run.Device.Ota.BytesReceived);
    }

    [Fact]
    public async Task ADisconnectMidDownloadResumesWithRangeFromTheBytesReceivedInsteadOfStartingOver()
    {
        await using var image = new ImageServer(400_000) { BytesPerSecond = 200_000 };
        await using var run = await Run.StartAsync();

        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        await HubProbe.Eventually(() => run.Progress("j-1").Any(p => p >= 20), "20 % downloaded");
        run.Device.GoOffline(TimeSpan.FromSeconds(1));
        await run.WaitStateAsync("j-1", "ready");

        var starts = image.RangeStarts.ToList();
        Assert.Equal(2, starts.Count);
        Assert.Equal(0, starts[0]);
        Assert.InRange(starts[1], 1, image.Image.Length - 1);
        // Every byte was taken once: the device kept what it had and hashed on from there.
        Assert.Equal(image.Image.Length, run.Device.Ota.BytesReceived);
        Assert.Equal(2, run.Device.Ota.Requests);
        Assert.DoesNotContain(run.Statuses("j-1"), s => s.GetProperty("state").GetString() == "failed");
    }

    [Theory]
    [InlineData("stall", "downloading", -4301)]
    [InlineData("bad-hash", "verifying", -4302)]
    [InlineData("apply", "applying", -4303)]
    public async Task EachFaultEndsTheJobWithTheProtocolsCodeAndTheOldFirmware(string fault, string lastState, int code)
    {
        await using var image = new ImageServer(100_000);
        await using var run = await Run.StartAsync(o => o.Ota.StallTimeout = TimeSpan.FromMilliseconds(500));
        var faults = run.Device.Faults;
        (fault switch { "stall" => (Action)(() => faults.OtaStallProbability = 1), "bad-hash" => () => faults.OtaBadHashProbability = 1, _ => () => faults.OtaApplyFailureProbability = 1 })();

        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        if (fault == "apply")
        {
            await run.WaitStateAsync("j-1", "ready");
            await run.Hub.SendAsync(Id, "ota", """{"op":"apply","job":"j-1"}""");
        }

        var failed = await run.WaitStateAsync("j-1", "failed");

        Assert.Equal(code, failed.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("message").GetString()));
        var states = run.States("j-1");
        Assert.Equal(lastState, states[^2]);
        Assert.DoesNotContain("rebooting", states);
        Assert.Equal("1.0.0", run.Device.Firmware);
        if (fault == "stall")
            Assert.InRange(run.Device.Ota.BytesReceived, 1, image.Image.Length - 1);
    }

    [Fact]
    public async Task ABrickedDeviceReportsRebootingAndNeverComesBack()
    {
        await using var image = new ImageServer(50_000);
        await using var run = await Run.StartAsync();
        run.Device.Faults.OtaBrickProbability = 1;

        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        await run.WaitStateAsync("j-1", "ready");
        await run.Hub.SendAsync(Id, "ota", """{"op":"apply","job":"j-1"}""");
        await run.WaitStateAsync("j-1", "rebooting");
        await run.Hub.WaitForAsync(Id, "availability", j => j.GetProperty("state").GetString() == "offline");
        var announces = run.Hub.On(Id, "announce").Count();

        // Well past the reboot time (1 s here): no announce, no status, no connection.
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(announces, run.Hub.On(Id, "announce").Count());
        Assert.Equal("rebooting", run.States("j-1")[^1]);
        Assert.True(run.Device.Ota.IsBricked);
        Assert.Equal(0, run.Fleet.ConnectedCount);
    }

    [Fact]
    public async Task ARollbackRebootsIntoTheKeptFirmwareAnnouncesItAndReportsRolledBack()
    {
        await using var image = new ImageServer(50_000);
        await using var run = await Run.StartAsync();
        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        await run.WaitStateAsync("j-1", "ready");
        await run.Hub.SendAsync(Id, "ota", """{"op":"apply","job":"j-1"}""");
        await run.WaitStateAsync("j-1", "succeeded");

        await run.Hub.SendAsync(Id, "ota", """{"op":"rollback","job":"j-1","version":"1.0.0"}""");
        var rolledBack = await run.WaitStateAsync("j-1", "rolledBack");

        Assert.Equal("1.0.0", rolledBack.GetProperty("firmware").GetString());
        Assert.Equal("1.0.0", run.Hub.On(Id, "announce").Last().Json.GetProperty("firmware").GetString());
        // Nothing kept any more: a second rollback is refused.
        await run.Hub.SendAsync(Id, "ota", """{"op":"rollback","job":"j-1"}""");
        Assert.Equal(-4306, (await run.WaitStateAsync("j-1", "failed")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task OffersTheDeviceCannotTakeAreAnsweredWithTheirCodes()
    {
        await using var image = new ImageServer(300_000) { BytesPerSecond = 100_000 };
        await using var run = await Run.StartAsync();

        await run.Hub.SendAsync(Id, "ota", Offer("old", image, version: "1.0.0"));
        Assert.Equal(-4305, (await run.WaitStateAsync("old", "failed")).GetProperty("code").GetInt32());
        await run.Hub.SendAsync(Id, "ota", """{"op":"offer","job":"half"}""");
        Assert.Equal(-4309, (await run.WaitStateAsync("half", "failed")).GetProperty("code").GetInt32());
        await run.Hub.SendAsync(Id, "ota", """{"op":"apply","job":"nothing"}""");
        Assert.Equal(-4309, (await run.WaitStateAsync("nothing", "failed")).GetProperty("code").GetInt32());

        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        await run.WaitStateAsync("j-1", "downloading");
        await run.Hub.SendAsync(Id, "ota", Offer("j-2", image));
        Assert.Equal(-4307, (await run.WaitStateAsync("j-2", "failed")).GetProperty("code").GetInt32());
        // The same job again is not a new download: the device says where it is.
        await run.Hub.SendAsync(Id, "ota", Offer("j-1", image));
        await HubProbe.Eventually(() => run.States("j-1").Count(s => s == "accepted") == 1 && run.States("j-1").Count(s => s == "downloading") >= 2, "a second downloading");
        await run.Hub.SendAsync(Id, "ota", """{"op":"cancel","job":"j-1"}""");
        Assert.Equal(-4308, (await run.WaitStateAsync("j-1", "failed")).GetProperty("code").GetInt32());
        Assert.Single(image.RangeStarts);
        Assert.Null(run.Device.Ota.Phase);
    }

    private static string Offer(string job, ImageServer image, string version = "1.5.0") =>
        JsonSerializer.Serialize(new { op = "offer", job, version, size = image.Image.Length, sha256 = image.Sha256, url = image.Url });

    /// <summary>One simulated ceiling light on a broker with the probe as the hub.</summary>
    private sealed class Run : IAsyncDisposable
    {
        private Run(HubProbe hub, SimulatorFleet fleet)
        {
            Hub = hub;
            Fleet = fleet;
        }

        public HubProbe Hub { get; }

        public SimulatorFleet Fleet { get; }

        public SimulatedDevice Device => Fleet.Devices[0];

        public static async Task<Run> StartAsync(Action<SimulatedDeviceOptions>? configure = null)
        {
            var hub = await HubProbe.StartAsync();
            await hub.ListenAsync();
            var options = new FleetOptions { Port = hub.Port, ReconnectDelay = TimeSpan.FromMilliseconds(200) };
            options.Device.Rate = 0;
            options.Device.Ota.ApplyDuration = TimeSpan.FromMilliseconds(200);
            options.Device.Ota.RebootDuration = TimeSpan.FromSeconds(1);
            configure?.Invoke(options.Device);
            var fleet = SimulatorFleet.Create(options, [TestProfiles.Load("aiot.light.ceiling1")], 1);
            Assert.Equal(1, await fleet.StartAsync(TestContext.Current.CancellationToken));
            await hub.WaitForAsync(Id, "announce");
            return new Run(hub, fleet);
        }

        public List<JsonElement> Statuses(string job) =>
            Hub.On(Id, "ota/status").Select(m => m.Json).Where(j => j.GetProperty("job").GetString() == job).ToList();

        public List<string> States(string job) => Statuses(job).Select(j => j.GetProperty("state").GetString()!).ToList();

        public List<int> Progress(string job) =>
            Statuses(job).Where(j => j.TryGetProperty("progress", out _)).Select(j => j.GetProperty("progress").GetInt32()).ToList();

        public async Task<JsonElement> WaitStateAsync(string job, string state) =>
            (await Hub.WaitForAsync(Id, "ota/status", j => j.GetProperty("job").GetString() == job && j.GetProperty("state").GetString() == state)).Json;

        public async ValueTask DisposeAsync()
        {
            await Fleet.DisposeAsync();
            await Hub.DisposeAsync();
        }
    }
}
