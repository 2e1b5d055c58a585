namespace AiotHub.Core.Devices.Persistence;

/// <summary>Removing devices and rooms: written at once, in one transaction, like the other registry changes.</summary>
public sealed partial class DeviceStore
{
    /// <summary>
    /// Deletes every row of the device (registry, aliases, availability, twin, commands) and drops what
    /// is queued for it, so a later batch cannot bring a row back; with <paramref name="kept"/> records
    /// the removed device whose history stays queryable.
    /// </summary>
    public void DeleteDevice(string deviceId, RemovedDevice? kept = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceId);
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Under _dbLock no batch is being written: what is queued now is all there is.
            lock (_pendingLock)
            {
                foreach (var key in _twin.Keys.Where(k => k.DeviceId == deviceId).ToList())
                    _twin.Remove(key);
                _devices.Remove(deviceId);
                _availability.Remove(deviceId);
                foreach (var command in _commands.Values.Where(c => c.DeviceId == deviceId).ToList())
                    _commands.Remove(command.Id);
            }

            using var transaction = _connection.BeginTransaction();
            DeviceStoreCommands.DeleteDevice(_connection, transaction, deviceId, kept);
            transaction.Commit();
        }
    }

    /// <summary>Forgets a removed device's record (its history is no longer reachable through the registry).</summary>
    public void ForgetRemovedDevice(string deviceId) => Execute("DELETE FROM removed_devices WHERE id = $id", ("$id", deviceId));

    /// <summary>Deletes the room and writes its devices, now without it, in one transaction.</summary>
    public void DeleteRoom(string roomId, IReadOnlyList<Device> unassigned)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        ArgumentNullException.ThrowIfNull(unassigned);
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            lock (_pendingLock)
            {
                foreach (var device in unassigned)
                    _devices.Remove(device.Id);
            }

            using var transaction = _connection.BeginTransaction();
            using (var delete = _connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM rooms WHERE id = $id";
                delete.Parameters.AddWithValue("$id", roomId);
                delete.ExecuteNonQuery();
            }

            foreach (var device in unassigned)
                DeviceStoreCommands.UpsertDevice(_connection, transaction, device);
            transaction.Commit();
        }
    }
}
