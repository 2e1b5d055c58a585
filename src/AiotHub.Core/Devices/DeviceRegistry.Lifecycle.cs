using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>How a command ends: sent, replied (in Reports), timed out, failed by its device going offline, and forgotten.</summary>
public sealed partial class DeviceRegistry
{
    /// <summary>The bridge published the command: its latency counts from here.</summary>
    public void MarkSent(string commandId)
    {
        var now = Now;
        lock (_sync)
        {
            if (_commands.TryGetValue(commandId, out var command) && command.Status == CommandStatus.Pending && command.Sent is null)
            {
                command.Sent = now;
                _store?.QueueCommand(command.ToCommand());
            }
        }
    }

    private void OnTimeout(string commandId)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (_commands.TryGetValue(commandId, out var command) && command.Status == CommandStatus.Pending)
                {
                    command.Message = $"no reply within {_options.CommandTimeout.TotalSeconds:0.###} s";
                    CompleteLocked(command, CommandStatus.TimedOut, now);
                }
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    private void FailPendingLocked(DeviceEntry device, DateTimeOffset now)
    {
        foreach (var id in device.CommandIds)
        {
            var command = _commands[id];
            if (command.Status == CommandStatus.Pending)
            {
                command.Message = "the device went offline";
                CompleteLocked(command, CommandStatus.Offline, now);
            }
        }
    }

    private void CompleteLocked(CommandEntry command, CommandStatus status, DateTimeOffset now)
    {
        command.Status = status;
        command.Completed = now;
        command.Timeout?.Dispose();
        command.Timeout = null;
        var snapshot = command.ToCommand();
        _store?.QueueCommand(snapshot);
        ReleaseWaitersLocked(command);
        if (_devices.TryGetValue(command.DeviceId, out var device))
            RaiseLocked(device, CommandUpdated.From(snapshot), now);
    }

    /// <summary>Drops the oldest finished commands beyond the per-device limit or the retention time.</summary>
    private void PruneLocked(DeviceEntry device, DateTimeOffset now)
    {
        while (device.CommandIds.TryPeek(out var oldest))
        {
            var command = _commands[oldest];
            var expired = command.Status != CommandStatus.Pending && now - command.Created > _options.CommandRetention;
            if (!expired && device.CommandIds.Count <= _options.MaxCommandsPerDevice)
                break;
            device.CommandIds.Dequeue();
            _commands.Remove(oldest);
            command.Timeout?.Dispose();
            // A pending command pushed out by the per-device limit will never finish: its waiters get it as it stands.
            ReleaseWaitersLocked(command);
        }
    }
}
