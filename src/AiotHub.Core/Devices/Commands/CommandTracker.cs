using System.Threading.Channels;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;

namespace AiotHub.Core.Devices.Commands;

/// <summary>
/// Every command's lifecycle (docs/mqtt-protocol.md "A lifecycle for every command"): pending → applied, rejected,
/// timed-out or offline, with the time it was sent; the outbox of requests for the edge; the waiters; the timeouts;
/// retention. Its own lock guards only commands. The registry, which validates a command against the device's profile
/// and knows whether it is online, calls in under its own lock (registry → tracker, never the other way); the timers
/// and the edge's calls (sent, reply) take only this lock. Events and waiter completions go to <see cref="RaisedEvents"/>:
/// whoever calls in publishes them once every lock is released (the timers do so themselves).
/// </summary>
internal sealed class CommandTracker
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, CommandEntry> _commands = new(StringComparer.Ordinal);

    // Each device's commands, oldest first, for retention.
    private readonly Dictionary<string, Queue<string>> _byDevice = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TaskCompletionSource<DeviceCommand?>>> _waiters = new(StringComparer.Ordinal);
    private readonly CommandOutbox _outbox;
    private readonly RaisedEvents _events;
    private readonly DeviceStore? _store;
    private readonly TimeProvider _time;
    private readonly DeviceRegistryOptions _options;

    public CommandTracker(RaisedEvents events, DeviceStore? store, TimeProvider time, DeviceRegistryOptions options)
    {
        _events = events;
        _store = store;
        _time = time;
        _options = options;
        _outbox = new CommandOutbox(options.MaxQueuedCommands);
    }

    public ChannelReader<DeviceCommandRequest> Outbox => _outbox.Reader;

    public CommandOutbox Queue => _outbox;

    /// <summary>
    /// Records an accepted request: finished at once as offline when the device is not online (nothing is sent),
    /// otherwise pending, with its timeout started and the request queued for the edge — unless the outbox is full,
    /// when it is refused (<see cref="CommandResult.QueueFull"/>) and nothing is recorded.
    /// </summary>
    public CommandResult Issue(string homeId, DeviceCommandRequest request, AvailabilityState availability, DateTimeOffset now, CommandOrigin? origin = null)
    {
        var id = request.CommandId;
        lock (_sync)
        {
            var online = availability == AvailabilityState.Online;
            // Queued under this lock, so the edge's MarkSent and the device's reply (which take it) find the command.
            if (online && !_outbox.TryEnqueue(request))
                return CommandResult.Busy(_outbox.Capacity);

            var command = new CommandEntry(id, request.DeviceId, homeId, request.Kind, DeviceCommandRecord.Write(request), now) { Origin = origin };
            _commands.Add(id, command);
            if (!_byDevice.TryGetValue(request.DeviceId, out var queue))
                _byDevice[request.DeviceId] = queue = new Queue<string>();
            queue.Enqueue(id);
            PruneLocked(queue, now);
            Raise(command, now);
            if (!online)
            {
                command.Message = availability == AvailabilityState.NeverSeen ? "the device has never been online" : "the device is offline";
                CompleteLocked(command, CommandStatus.Offline, now);
                return new CommandResult(command.ToCommand(), null, []);
            }

            command.Timeout = _time.CreateTimer(_ => OnTimeout(id), null, _options.CommandTimeout, Timeout.InfiniteTimeSpan);
            _store?.QueueCommand(command.ToCommand());
            return new CommandResult(command.ToCommand(), request, []);
        }
    }

    /// <summary>The edge published the command: its latency counts from here.</summary>
    public void MarkSent(string commandId, DateTimeOffset now)
    {
        lock (_sync)
        {
            if (_commands.TryGetValue(commandId, out var command) && command.Status == CommandStatus.Pending && command.Sent is null)
            {
                command.Sent = now;
                _store?.QueueCommand(command.ToCommand());
            }
        }
    }

    /// <summary>The device's reply: code 0 applies the command, anything else rejects it. False for an unknown, another device's or a finished command.</summary>
    public bool Reply(string deviceId, string commandId, int code, string? message, System.Text.Json.JsonElement? output, DateTimeOffset now)
    {
        lock (_sync)
        {
            if (!_commands.TryGetValue(commandId, out var command) || command.DeviceId != deviceId || command.Status != CommandStatus.Pending)
                return false;
            command.Code = code;
            command.Message = message;
            command.Out = output?.Clone();
            CompleteLocked(command, code == 0 ? CommandStatus.Applied : CommandStatus.Rejected, now);
            return true;
        }
    }

    /// <summary>Ends the device's pending commands as offline with <paramref name="reason"/>; how many ended.</summary>
    public int FailPending(string deviceId, string reason, DateTimeOffset now)
    {
        lock (_sync)
        {
            return FailPendingLocked(deviceId, reason, now);
        }
    }

    /// <summary>A removed device: its pending commands end ("the device was removed", released to their waiters), then all of them are forgotten.</summary>
    public int Forget(string deviceId, DateTimeOffset now)
    {
        lock (_sync)
        {
            var ended = FailPendingLocked(deviceId, "the device was removed", now);
            if (_byDevice.Remove(deviceId, out var queue))
            {
                foreach (var id in queue)
                    _commands.Remove(id);
            }

            return ended;
        }
    }

    /// <summary>Commands read back from hub.db at start, oldest first; one left pending by the previous process has timed out.</summary>
    public void Restore(IEnumerable<DeviceCommand> stored, Func<string, string?> homeOf, DateTimeOffset now)
    {
        lock (_sync)
        {
            foreach (var saved in stored.OrderBy(c => c.Created))
            {
                if (homeOf(saved.DeviceId) is not { } homeId)
                    continue;
                var command = CommandEntry.From(saved, homeId);
                if (command.Status == CommandStatus.Pending)
                {
                    // Its timer died with the previous process; whatever the device answered then was not seen.
                    command.Message = "the hub restarted before a reply arrived";
                    CompleteLocked(command, CommandStatus.TimedOut, now);
                }

                _commands[command.Id] = command;
                if (!_byDevice.TryGetValue(command.DeviceId, out var queue))
                    _byDevice[command.DeviceId] = queue = new Queue<string>();
                queue.Enqueue(command.Id);
                PruneLocked(queue, now);
            }
        }
    }

    public DeviceCommand? Get(string commandId)
    {
        lock (_sync)
        {
            return _commands.TryGetValue(commandId, out var command) ? command.ToCommand() : null;
        }
    }

    /// <summary>Who asked for the command, while it is retained (null when unknown: issued before a restart).</summary>
    public CommandOrigin? Origin(string commandId)
    {
        lock (_sync)
        {
            return _commands.TryGetValue(commandId, out var command) ? command.Origin : null;
        }
    }

    /// <summary>A device's retained commands, newest first.</summary>
    public IReadOnlyList<DeviceCommand> List(string deviceId)
    {
        lock (_sync)
        {
            return _byDevice.TryGetValue(deviceId, out var queue) ? [.. queue.Reverse().Select(id => _commands[id].ToCommand())] : [];
        }
    }

    public int CountPending()
    {
        lock (_sync)
        {
            return _commands.Values.Count(c => c.Status == CommandStatus.Pending);
        }
    }

    /// <summary>
    /// The command once it is applied, rejected, timed out or offline — at once if it already is; null for a command
    /// the tracker does not know. Completed after the command's events are published.
    /// </summary>
    public Task<DeviceCommand?> WaitAsync(string commandId, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (!_commands.TryGetValue(commandId, out var command))
                return Task.FromResult<DeviceCommand?>(null);
            if (command.Status != CommandStatus.Pending)
                return Task.FromResult<DeviceCommand?>(command.ToCommand());

            // Completed by whoever publishes the command's events: continuations must not run on that thread.
            var waiter = new TaskCompletionSource<DeviceCommand?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_waiters.TryGetValue(commandId, out var list))
                _waiters[commandId] = list = [];
            list.Add(waiter);
            if (cancellationToken.CanBeCanceled)
            {
                // Disposed when the wait ends, so a long-lived token does not collect one registration per command.
                var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
                waiter.Task.ContinueWith(static (_, state) => ((CancellationTokenRegistration)state!).Dispose(), registration,
                    CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            return waiter.Task;
        }
    }

    private void OnTimeout(string commandId)
    {
        var now = _time.GetUtcNow();
        lock (_sync)
        {
            if (_commands.TryGetValue(commandId, out var command) && command.Status == CommandStatus.Pending)
            {
                command.Message = $"no reply within {_options.CommandTimeout.TotalSeconds:0.###} s";
                CompleteLocked(command, CommandStatus.TimedOut, now);
            }
        }

        // On the timer's thread, with no lock held.
        _events.Publish();
    }

    private int FailPendingLocked(string deviceId, string reason, DateTimeOffset now)
    {
        if (!_byDevice.TryGetValue(deviceId, out var queue))
            return 0;
        var ended = 0;
        foreach (var id in queue)
        {
            var command = _commands[id];
            if (command.Status == CommandStatus.Pending)
            {
                command.Message = reason;
                CompleteLocked(command, CommandStatus.Offline, now);
                ended++;
            }
        }

        return ended;
    }

    private void CompleteLocked(CommandEntry command, CommandStatus status, DateTimeOffset now)
    {
        command.Status = status;
        command.Completed = now;
        command.Timeout?.Dispose();
        command.Timeout = null;
        var snapshot = command.ToCommand();
        _store?.QueueCommand(snapshot);
        Raise(command, now, snapshot);
        ReleaseWaitersLocked(command, snapshot);
    }

    /// <summary>Drops the oldest finished commands beyond the per-device limit or the retention time.</summary>
    private void PruneLocked(Queue<string> queue, DateTimeOffset now)
    {
        while (queue.TryPeek(out var oldest))
        {
            var command = _commands[oldest];
            var expired = command.Status != CommandStatus.Pending && now - command.Created > _options.CommandRetention;
            if (!expired && queue.Count <= _options.MaxCommandsPerDevice)
                break;
            queue.Dequeue();
            _commands.Remove(oldest);
            command.Timeout?.Dispose();
            // A pending command pushed out by the per-device limit will never finish: its waiters get it as it stands.
            ReleaseWaitersLocked(command, command.ToCommand());
        }
    }

    private void ReleaseWaitersLocked(CommandEntry command, DeviceCommand snapshot)
    {
        if (_waiters.Remove(command.Id, out var list))
        {
            foreach (var waiter in list)
                _events.Release(waiter, snapshot);
        }
    }

    private void Raise(CommandEntry command, DateTimeOffset now, DeviceCommand? snapshot = null) =>
        _events.Raise(new HomeEventDraft(command.HomeId, now, command.DeviceId, CommandUpdated.From(snapshot ?? command.ToCommand())));
}
