using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using Microsoft.Data.Sqlite;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>Removing devices and rooms from the registry and hub.db (issue 12, item 4).</summary>
public sealed class DeviceRemovalTests : IDisposable
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-removal-").FullName;

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    [Fact]
    public async Task APendingCommandEndsOfflineWithTheReasonBeforeTheDeviceIsRemoved()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var command = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!;
        var outcome = registry.WaitForCommandAsync(command.Id, TestContext.Current.CancellationToken);
        using var feed = registry.Events.Subscribe(Home);

        var result = registry.RemoveDevice(Home, "lamp-1", DeviceHistory.Keep);

        Assert.Equal(EditOutcome.Applied, result.Outcome);
        Assert.Equal(1, result.Value!.CommandsEnded);
        var ended = await outcome.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal((CommandStatus.Offline, "the device was removed"), (ended!.Status, ended.Message));
        Assert.False(registry.TryGetDevice("lamp-1", out _));
        Assert.Null(registry.GetCommand(command.Id));
        Assert.Empty(registry.ListDevices());
        var events = Drain(feed);
        Assert.Equal(["command-updated", "device-removed"], events.Select(e => e.Type));
        Assert.Equal(new DeviceRemoval("lamp-1", "lamp-1", Light, null, DeviceHistory.Keep, 1, 1), events[1].Data);
        Assert.Equal("lamp-1", events[1].DeviceId);
    }

    [Fact]
    public void AnUnknownDeviceADeviceOfAnotherHomeAndAStaleVersionRemoveNothing()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");

        Assert.Equal(EditOutcome.NotFound, registry.RemoveDevice(Home, "ghost", DeviceHistory.Purge).Outcome);
        Assert.Equal(EditOutcome.NotFound, registry.RemoveDevice("cabin", "lamp-1", DeviceHistory.Purge).Outcome);
        var stale = registry.RemoveDevice(Home, "lamp-1", DeviceHistory.Purge, version => version == 7);

        Assert.Equal((EditOutcome.PreconditionFailed, 1L), (stale.Outcome, stale.Value!.Version));
        Assert.True(registry.TryGetDevice("lamp-1", out _));
    }

    [Fact]
    public async Task EveryRowOfARemovedDeviceIsGoneFromHubDbAndNothingQueuedBringsItBack()
    {
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            registry.Online("lamp-2");
            registry.UpdateDevice("lamp-1", aliases: ["sofa"]);
            registry.OnProperties("lamp-1", Json("""{"light.on":true}"""));
            registry.SetProperties("lamp-1", Json("""{"light.brightness":20}"""));
            // Twin, availability and the command are queued, not yet written: the removal must drop them.
            Assert.Equal(EditOutcome.Applied, registry.RemoveDevice(Home, "lamp-1", DeviceHistory.Purge).Outcome);
        }

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            Assert.False(registry.TryGetDevice("lamp-1", out _));
            Assert.False(registry.TryGetRemovedDevice("lamp-1", out _));
            Assert.True(registry.TryGetDevice("lamp-2", out _));
        }

        foreach (var table in new[] { "devices", "device_aliases", "availability", "twin", "commands", "removed_devices" })
        {
            var column = table is "devices" or "removed_devices" ? "id" : "device_id";
            Assert.Equal(0L, Scalar($"SELECT COUNT(*) FROM {table} WHERE {column} = 'lamp-1'"));
        }
    }

    [Fact]
    public async Task ADeviceRemovedWithItsHistoryKeptIsRememberedUntilItAnnouncesAgainAsANewDevice()
    {
        var roomId = "";
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            roomId = registry.CreateRoom(Home, "Hall")!.Id;
            registry.UpdateDevice("lamp-1", name: "Hall light", roomId: roomId);
            registry.RemoveDevice(Home, "lamp-1", DeviceHistory.Keep);
        }

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            Assert.True(registry.TryGetRemovedDevice("lamp-1", out var removed));
            // With the profile version the hub used for it, so its readings are read as they were recorded.
            Assert.Equal(new RemovedDevice("lamp-1", Home, Light, 1, "Hall light", _clock.GetUtcNow()), removed);

            var back = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));

            Assert.Equal((DeviceStatus.New, null, "lamp-1"), (back!.Status, back.RoomId, back.Name));
            Assert.False(registry.TryGetRemovedDevice("lamp-1", out _));
        }

        await using (var store = Open())
        {
            Assert.False(Create(_clock, store: store).TryGetRemovedDevice("lamp-1", out _));
        }
    }

    [Fact]
    public async Task RemovingARoomLeavesItsDevicesInTheHomeActiveWithoutARoom()
    {
        string roomId;
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            registry.Online("lamp-2");
            roomId = registry.CreateRoom(Home, "Hall")!.Id;
            registry.UpdateDevice("lamp-1", roomId: roomId);
            registry.UpdateDevice("lamp-2", roomId: roomId);
            using var feed = registry.Events.Subscribe(Home);

            var result = registry.RemoveRoom(Home, roomId);

            Assert.Equal(EditOutcome.Applied, result.Outcome);
            Assert.Equal(new[] { "lamp-1", "lamp-2" }, result.Value!.UnassignedDevices);
            Assert.Equal(["device-updated", "device-updated", "room-removed"], Drain(feed).Select(e => e.Type));
            Assert.Null(registry.GetRoom(Home, roomId));
        }

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            Assert.Empty(registry.ListRooms(Home));
            Assert.True(registry.TryGetDevice("lamp-1", out var lamp));
            Assert.Equal((null, DeviceStatus.Active, true, 3L), (lamp.RoomId, lamp.Status, lamp.Accepted, lamp.Version));
            Assert.Empty(registry.ListPending(Home));
        }
    }

    [Fact]
    public void ARoomOfAnotherHomeOrAtAnotherVersionIsNotRemoved()
    {
        var registry = Create(_clock);
        var room = registry.CreateRoom(Home, "Hall")!;

        Assert.Equal(EditOutcome.NotFound, registry.RemoveRoom("cabin", room.Id).Outcome);
        Assert.Equal(EditOutcome.PreconditionFailed, registry.RemoveRoom(Home, room.Id, version => version == 2).Outcome);
        Assert.NotNull(registry.GetRoom(Home, room.Id));
    }

    [Fact]
    public async Task AHubDbFromBeforeVersion6KeepsItsPlacedDevicesActive()
    {
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            registry.Online("lamp-2");
            registry.UpdateDevice("lamp-1", roomId: registry.CreateRoom(Home, "Hall")!.Id);
        }

        Execute("""
            ALTER TABLE devices DROP COLUMN accepted; ALTER TABLE devices DROP COLUMN pending_model; ALTER TABLE devices DROP COLUMN pending_profile_version;
            ALTER TABLE devices DROP COLUMN pending_firmware; ALTER TABLE devices DROP COLUMN pending_reason; ALTER TABLE devices DROP COLUMN pending_since;
            DROP TABLE removed_devices; UPDATE schema_version SET version = 5;
            """);

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            var room = Assert.Single(registry.ListRooms(Home));
            registry.RemoveRoom(Home, room.Id);

            Assert.True(registry.TryGetDevice("lamp-1", out var placed));
            Assert.True(registry.TryGetDevice("lamp-2", out var unplaced));
            Assert.Equal((DeviceStatus.Active, DeviceStatus.New), (placed.Status, unplaced.Status));
        }

        Assert.Equal(6L, Scalar("SELECT version FROM schema_version"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal static List<HomeEvent> Drain(HomeEventSubscription subscription)
    {
        var events = new List<HomeEvent>();
        while (subscription.Reader.TryRead(out var e))
            events.Add(e);
        return events;
    }

    private DeviceStore Open() => DeviceStore.Open(DatabasePath, new DeviceStoreOptions { TimeProvider = _clock });

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
