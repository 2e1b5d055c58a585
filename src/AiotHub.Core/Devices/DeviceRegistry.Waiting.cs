namespace AiotHub.Core.Devices;

/// <summary>Waiting for a command's outcome, for callers that fan commands out and report each result (scene runs).</summary>
public sealed partial class DeviceRegistry
{
    private readonly Dictionary<string, List<TaskCompletionSource<DeviceCommand?>>> _waiters = new(StringComparer.Ordinal);

    // Waiters whose command finished, released by PublishRaised after the command's events are on
    // the feed, so a waiter's own events (a scene run finishing) never overtake them.
    private readonly List<(TaskCompletionSource<DeviceCommand?> Waiter, DeviceCommand Command)> _released = [];
    private int _releasedCount;

    /// <summary>
    /// The command once it is applied, rejected, timed out or offline — at once if it already is.
    /// Null for a command the registry does not know (never issued, or forgotten by retention).
    /// A pending command always finishes (its timeout at the latest), so this always completes.
    /// </summary>
    public Task<DeviceCommand?> WaitForCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            if (!_commands.TryGetValue(commandId, out var command))
                return Task.FromResult<DeviceCommand?>(null);
            if (command.Status != CommandStatus.Pending)
                return Task.FromResult<DeviceCommand?>(command.ToCommand());

            // Completed under the registry's lock: continuations must not run there.
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

    private void ReleaseWaitersLocked(CommandEntry command)
    {
        if (_waiters.Remove(command.Id, out var list))
        {
            var snapshot = command.ToCommand();
            foreach (var waiter in list)
                _released.Add((waiter, snapshot));
            Volatile.Write(ref _releasedCount, _released.Count);
        }
    }

    // Called by PublishRaised, under _publishSync, after the events raised with these completions are published.
    private static void CompleteReleased((TaskCompletionSource<DeviceCommand?> Waiter, DeviceCommand Command)[] released)
    {
        foreach (var (waiter, command) in released)
            waiter.TrySetResult(command);
    }
}
