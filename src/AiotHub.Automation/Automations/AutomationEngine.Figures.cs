namespace AiotHub.Automation.Automations;

/// <summary>Figures for the hub's metrics: read without the engine's lock, a moment's value.</summary>
public sealed partial class AutomationEngine
{
    /// <summary>Runs started and not yet finished (waiting in a delay, a wait or for a command included).</summary>
    public int RunsInProgress => _runs.Count;

    // The work channel has a single reader, whose kind of channel cannot count: the engine counts what it queues.
    private long _queuedEvents;

    private long _droppedEvents;

    /// <summary>Matched events waiting for the engine's loop.</summary>
    public long QueuedEvents => Interlocked.Read(ref _queuedEvents);

    /// <summary>The most events that may wait (<see cref="AutomationEngineOptions.MaxQueuedEvents"/>).</summary>
    public int MaxQueuedEvents => _options.MaxQueuedEvents;

    /// <summary>Matched events dropped because <see cref="MaxQueuedEvents"/> were already waiting: automations they would have triggered did not run.</summary>
    public long DroppedEvents => Interlocked.Read(ref _droppedEvents);
}
