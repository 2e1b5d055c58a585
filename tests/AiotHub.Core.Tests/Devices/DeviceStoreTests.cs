using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Data.Sqlite;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>The registry, twin, availability and commands survive reopening the SQLite file.</summary>
public sealed class DeviceStoreTests : IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-devices-").FullName;

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    [Fact]
    public async Task RegistryTwinAvailabilityAndCommandsSurviveReopeningTheFile()
    {
        string applied;
        string roomId;
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            registry.OnAnnounce("mystery-1", new DeviceAnnouncement("acme.thing.x1", Firmware: "0.1"));
            roomId = registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Living room")!.Id;
            registry.UpdateDevice("lamp-1", name: "Sofa light", roomId: roomId, aliases: ["sofa", "reading light"]);
            registry.OnProperties("lamp-1", Json("""{"light.on":true,"light.brightness":35}"""));
            applied = registry.SetProperties("lamp-1", Json("""{"light.brightness":80}""")).Command!.Id;
            _clock.Advance(TimeSpan.FromMilliseconds(40));
            registry.OnReply("lamp-1", applied, 0);
        }

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);

            Assert.True(registry.TryGetDevice("lamp-1", out var lamp));
            Assert.Equal("Sofa light", lamp.Name);
            Assert.Equal(roomId, lamp.RoomId);
            Assert.Equal(DeviceStatus.Active, lamp.Status);
            Assert.Equal(["sofa", "reading light"], lamp.Aliases);
            Assert.Equal("1.0.0", lamp.Firmware);
            Assert.Equal(AvailabilityState.Offline, lamp.Availability.State);
            Assert.Equal("hub-restarted", lamp.Availability.Reason);
            Assert.NotNull(lamp.Availability.LastSeen);
            Assert.Equal(35, lamp.Properties["light.brightness"].Reported!.Value.GetInt32());
            Assert.Equal(80, lamp.Properties["light.brightness"].Desired!.Value.GetInt32());
            Assert.True(lamp.Properties["light.on"].Reported!.Value.GetBoolean());
            Assert.NotNull(lamp.LastReport);
            Assert.Equal("Living room", Assert.Single(registry.ListRooms()).Name);

            Assert.True(registry.TryGetDevice("mystery-1", out var mystery));
            Assert.Equal(DeviceStatus.Pending, mystery.Status);
            Assert.Equal("unknown model acme.thing.x1", mystery.PendingReason);

            var command = registry.GetCommand(applied)!;
            Assert.Equal(CommandStatus.Applied, command.Status);
            Assert.Equal(TimeSpan.FromMilliseconds(40), command.Latency);
        }
    }

    [Fact]
    public async Task ACommandStillPendingWhenTheHubStoppedIsTimedOutAfterTheRestart()
    {
        string pending;
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            pending = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
        }

        await using (var store = Open())
        {
            var command = Create(_clock, store: store).GetCommand(pending)!;
            Assert.Equal(CommandStatus.TimedOut, command.Status);
            Assert.Equal("the hub restarted before a reply arrived", command.Message);
        }
    }

    [Fact]
    public async Task ADeviceThatAnnouncesIsOnDiskOnceTheBarrierItsAcknowledgementWaitsForHasCompleted()
    {
        await using var store = Open();
        var registry = Create(_clock, store: store);

        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));
        // What the device bridge awaits before the announce's PUBACK: the next batch, started at once.
        await store.WhenDurableAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // A second connection sees it: the batch that wrote it was committed.
        using var reader = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        reader.Open();
        using var query = reader.CreateCommand();
        query.CommandText = "SELECT model FROM devices WHERE id = 'lamp-1'";
        Assert.Equal(Light, query.ExecuteScalar());
    }

    [Fact]
    public async Task ADeviceDeletedBeforeItsQueuedAnnounceWasWrittenIsNotBroughtBackByTheBatch()
    {
        await using var store = Open();
        var registry = Create(_clock, store: store);

        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));
        store.DeleteDevice("lamp-1");
        store.Flush();

        using var reader = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        reader.Open();
        using var query = reader.CreateCommand();
        query.CommandText = "SELECT count(*) FROM devices WHERE id = 'lamp-1'";
        Assert.Equal(0L, query.ExecuteScalar());
    }

    [Fact]
    public async Task ManyReportsOfOnePropertyAreCoalescedIntoOneBatch()
    {
        await using var store = Open();
        var registry = Create(_clock, store: store);
        registry.Online("lamp-1");
        store.Flush();
        var before = store.Batches;

        for (var i = 1; i <= 100; i++)
            registry.OnProperties("lamp-1", Json($$"""{"light.brightness":{{i}}}"""));
        store.Flush();

        Assert.Equal(before + 1, store.Batches);
        using var reader = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        reader.Open();
        using var query = reader.CreateCommand();
        query.CommandText = "SELECT reported FROM twin WHERE device_id = 'lamp-1' AND key = 'light.brightness'";
        Assert.Equal("100", query.ExecuteScalar());
    }

    [Fact]
    public async Task DeviceAndRoomVersionsSurviveReopeningTheFile()
    {
        string roomId;
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            roomId = registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Hall")!.Id;
            registry.UpdateDevice("lamp-1", name: "Hall light");
            registry.UpdateDevice("lamp-1", roomId: roomId);
            Assert.Equal(EditOutcome.Applied, registry.RenameRoom(DeviceRegistry.DefaultHomeId, roomId, "Corridor").Outcome);
            registry.OnProperties("lamp-1", Json("""{"light.on":true}"""));
            Assert.True(registry.TryGetDevice("lamp-1", out var before));
            Assert.Equal(3, before.Version);
        }

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            Assert.True(registry.TryGetDevice("lamp-1", out var lamp));
            Assert.Equal(3, lamp.Version);
            Assert.Equal(2, registry.GetRoom(DeviceRegistry.DefaultHomeId, roomId)!.Version);
            var edit = registry.TryUpdateDevice("lamp-1", name: "Lamp", precondition: v => v == 2);
            Assert.Equal(EditOutcome.PreconditionFailed, edit.Outcome);
            Assert.Equal("Hall light", edit.Value!.Name);
            Assert.Equal(4, registry.TryUpdateDevice("lamp-1", name: "Lamp", precondition: v => v == 3).Value!.Version);
        }
    }

    [Fact]
    public async Task AFileFromBeforeVersionsOpensWithEveryVersionAtOne()
    {
        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            registry.UpdateDevice("lamp-1", name: "Old lamp");
        }

        // Back to schema 2, as a hub from before versions left it (the registry's tables; tokens, scenes and automations are their modules' now).
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = """
                ALTER TABLE devices DROP COLUMN accepted; ALTER TABLE devices DROP COLUMN pending_model; ALTER TABLE devices DROP COLUMN pending_profile_version;
                ALTER TABLE devices DROP COLUMN pending_firmware; ALTER TABLE devices DROP COLUMN pending_reason; ALTER TABLE devices DROP COLUMN pending_since;
                DROP TABLE removed_devices;
                ALTER TABLE devices DROP COLUMN version; ALTER TABLE rooms DROP COLUMN version;
                UPDATE schema_version SET version = 2;
                """;
            downgrade.ExecuteNonQuery();
        }

        await using (var store = Open())
        {
            var registry = Create(_clock, store: store);
            Assert.True(registry.TryGetDevice("lamp-1", out var lamp));
            Assert.Equal("Old lamp", lamp.Name);
            Assert.Equal(1, lamp.Version);
        }
    }

    [Fact]
    public async Task AFileFromANewerHubIsRefused()
    {
        await using (Open())
        {
        }

        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var bump = connection.CreateCommand();
            bump.CommandText = "UPDATE schema_version SET version = 99";
            bump.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => DeviceStore.Open(DatabasePath));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
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

    private DeviceStore Open() => DeviceStore.Open(DatabasePath, new DeviceStoreOptions { TimeProvider = _clock });
}
