namespace AiotHub.Core.Devices;

/// <summary>Waiting for a command's outcome, for callers that fan commands out and report each result (scene runs).</summary>
public sealed partial class DeviceRegistry
{
    private readonly Dictionary<string, List<TaskCompletionSource<DeviceCommand?>>> _waiters = new(StringComparer.Ordinal);

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
                cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            return waiter.Task;
        }
    }

    private void ReleaseWaitersLocked(CommandEntry command)
    {
        if (_waiters.Remove(command.Id, out var list))
        {
            var snapshot = command.ToCommand();
            foreach (var waiter in list)
                waiter.TrySetResult(snapshot);
        }
    }
}
