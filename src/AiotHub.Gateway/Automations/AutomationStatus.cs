using AiotHub.Automation.Automations;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// The "automations" part of /healthz: runs in progress; matched events waiting for the engine's loop now, its bound
/// (Automations:MaxQueuedEvents) and the events dropped because it was full; device changes that found the availability
/// re-check queue full and widened the next re-check to every home (nothing lost, more work).
/// </summary>
public sealed record AutomationStatus(int RunsInProgress, long QueuedEvents, int MaxQueuedEvents, long DroppedEvents, long WidenedRechecks)
{
    public static AutomationStatus Of(AutomationEngine engine, AutomationCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new(engine.RunsInProgress, engine.QueuedEvents, engine.MaxQueuedEvents, engine.DroppedEvents, catalog?.WidenedRechecks ?? 0);
    }
}
