using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// The registry's tables in hub.db (SQLite, WAL): homes, rooms, devices, aliases, availability, twin, commands and
/// removed devices. Other modules keep their own tables in the same file (<see cref="AiotHub.Core.Persistence.ModuleSchema"/>). Registry changes (homes, rooms, devices, aliases) are written
/// at once, in their caller's thread, and committed before the call returns. Twin values,
/// availability and commands, which can arrive thousands of times a second, are coalesced in
/// memory (the latest per key wins) and written behind every <see cref="DeviceStoreOptions.FlushInterval"/>,
/// one transaction per batch, and at once for whoever waits in <see cref="WhenDurableAsync"/> (a device's
/// acknowledged report). A kill -9 loses at most the batch window of what nobody waited for; <see cref="DisposeAsync"/> flushes.
/// </summary>
public sealed partial class DeviceStore : IAsyncDisposable
{
    private readonly Lock _dbLock = new();
    private readonly Lock _pendingLock = new();
    private readonly SqliteConnection _connection;
    private readonly DeviceStoreOptions _options;
    private readonly WriteBehindLoop _writeLoop;
    private Dictionary<string, Device> _devices = new(StringComparer.Ordinal);
    private Dictionary<(string DeviceId, string Key), TwinProperty> _twin = [];
    private Dictionary<string, (DeviceAvailability Availability, DateTimeOffset? LastReport, bool UsesIids)> _availability = new(StringComparer.Ordinal);
    private Dictionary<string, DeviceCommand> _commands = new(StringComparer.Ordinal);
    private long _batches;
    private bool _disposed;

    private DeviceStore(SqliteConnection connection, DeviceStoreOptions options)
    {
        _connection = connection;
        _options = options;
        _writeLoop = new WriteBehindLoop(FlushAndPrune, options.FlushInterval, options.TimeProvider, options.OnError, "AiotHub registry writer");
    }

    public string Path { get; private init; } = "";

    /// <summary>Batches written so far (diagnostics and tests).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Opens (creating or migrating) the database file; the directory is created if needed.</summary>
    public static DeviceStore Open(string path, DeviceStoreOptions? options = null)
    {
        options ??= new DeviceStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.FlushInterval, TimeSpan.Zero, nameof(options));
        var full = System.IO.Path.GetFullPath(path);
        var connection = ModuleSchema.Open(full);
        try
        {
            DeviceStoreSchema.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new DeviceStore(connection, options) { Path = full };
    }

    public void SaveHome(Home home) => Execute(
        "INSERT INTO homes(id, name) VALUES($id, $name) ON CONFLICT(id) DO UPDATE SET name = excluded.name",
        ("$id", home.Id), ("$name", home.Name));

    public void SaveRoom(Room room) => Execute(
        """
        INSERT INTO rooms(id, home_id, name, version) VALUES($id, $home, $name, $version)
        ON CONFLICT(id) DO UPDATE SET home_id = excluded.home_id, name = excluded.name, version = excluded.version
        """,
        ("$id", room.Id), ("$home", room.HomeId), ("$name", room.Name), ("$version", room.Version));

    /// <summary>The device's registry row and aliases, in one transaction, before returning.</summary>
    public void SaveDevice(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // This snapshot is newer than one queued before it: the queued one must not overwrite it later.
            lock (_pendingLock)
                _devices.Remove(device.Id);
            using var transaction = _connection.BeginTransaction();
            DeviceStoreCommands.UpsertDevice(_connection, transaction, device);
            transaction.Commit();
        }
    }

    /// <summary>
    /// The device's registry row and aliases with the next batch — for what a device itself changed by announcing
    /// (a new device, a firmware): thousands of devices announcing at once share one commit instead of one each, and
    /// the device's acknowledgement waits for it (<see cref="WhenDurableAsync"/>).
    /// </summary>
    public void QueueDevice(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        lock (_pendingLock)
            _devices[device.Id] = device;
    }

    public void QueueTwin(string deviceId, TwinProperty twin)
    {
        lock (_pendingLock)
            _twin[(deviceId, twin.Key)] = twin;
    }

    /// <summary>Availability, when the device last reported, and whether it names members by number.</summary>
    public void QueueAvailability(string deviceId, DeviceAvailability availability, DateTimeOffset? lastReport, bool usesIids)
    {
        lock (_pendingLock)
            _availability[deviceId] = (availability, lastReport, usesIids);
    }

    public void QueueCommand(DeviceCommand command)
    {
        lock (_pendingLock)
            _commands[command.Id] = command;
    }

    /// <summary>
    /// Completes once everything queued before the call (twin values, availability, commands) is committed: the
    /// next flush starts at once and is shared by everyone waiting meanwhile (group commit). Faults when that flush
    /// fails or the store is closing.
    /// </summary>
    public Task WhenDurableAsync() => _writeLoop.WhenDurableAsync();

    public StoredState Load()
    {
        lock (_dbLock)
            return DeviceStoreLoader.Load(_connection, _options.TimeProvider.GetUtcNow() - _options.CommandRetention);
    }

    /// <summary>Writes everything queued so far in one transaction.</summary>
    public void Flush()
    {
        lock (_dbLock)
        {
            if (_disposed)
                return;
            Dictionary<string, Device> devices;
            Dictionary<(string, string), TwinProperty> twin;
            Dictionary<string, (DeviceAvailability, DateTimeOffset?, bool)> availability;
            Dictionary<string, DeviceCommand> commands;
            lock (_pendingLock)
            {
                if (_devices.Count == 0 && _twin.Count == 0 && _availability.Count == 0 && _commands.Count == 0)
                    return;
                (devices, _devices) = (_devices, new(StringComparer.Ordinal));
                (twin, _twin) = (_twin, []);
                (availability, _availability) = (_availability, new(StringComparer.Ordinal));
                (commands, _commands) = (_commands, new(StringComparer.Ordinal));
            }

            try
            {
                using var transaction = _connection.BeginTransaction();
                foreach (var device in devices.Values)
                    DeviceStoreCommands.UpsertDevice(_connection, transaction, device);
                DeviceStoreCommands.WriteBatch(_connection, transaction, twin, availability, commands);
                transaction.Commit();
                Interlocked.Increment(ref _batches);
            }
            catch
            {
                // Put the batch back under anything newer, so the next flush retries it.
                lock (_pendingLock)
                {
                    foreach (var (key, value) in devices)
                        _devices.TryAdd(key, value);
                    foreach (var (key, value) in twin)
                        _twin.TryAdd(key, value);
                    foreach (var (key, value) in availability)
                        _availability.TryAdd(key, value);
                    foreach (var (key, value) in commands)
                        _commands.TryAdd(key, value);
                }

                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Stops the loop and flushes what is still queued.
            await _writeLoop.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_dbLock)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
    }

    private void FlushAndPrune()
    {
        Flush();
        if (Interlocked.Read(ref _batches) % 1000 == 1)
            PruneCommands();
    }

    private void PruneCommands() => Execute(
        "DELETE FROM commands WHERE created < $before",
        ("$before", (_options.TimeProvider.GetUtcNow() - _options.CommandRetention).ToUnixTimeMilliseconds()));

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
    }
}
