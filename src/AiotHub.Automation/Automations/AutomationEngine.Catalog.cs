using AiotHub.Automation.Automations.Engine;

namespace AiotHub.Automation.Automations;

/// <summary>Following the catalog: a new index on every change, and the runs of edited, disabled or deleted automations stopped.</summary>
public sealed partial class AutomationEngine
{
    private void OnCatalogChanged(string homeId, string automationId) => Reload(homeId, automationId);

    /// <summary>Re-reads the runnable automations, swaps the index in, and stops the runs of automations that were edited, disabled or deleted.</summary>
    internal void Reload(string? changedHome, string? changedId)
    {
        var next = AutomationIndex.Build(_source.ListRunnable());
        AutomationIndex previous;
        lock (_sync)
        {
            previous = _index;
            _index = next;
        }

        foreach (var (key, old) in previous.Automations)
        {
            if (next.Find(key.HomeId, key.AutomationId) is { } now && now.Entry.Version == old.Entry.Version)
                continue;
            var reason = next.Find(key.HomeId, key.AutomationId) is not null ? "the automation was edited"
                : _source.Exists(key.HomeId, key.AutomationId) ? "the automation was disabled or can no longer run"
                : "the automation was deleted";
            Stop(key.HomeId, key.AutomationId, reason);
        }

        if (changedHome is not null && changedId is not null && !_source.Exists(changedHome, changedId))
        {
            Stop(changedHome, changedId, "the automation was deleted");
            _traces.Remove(changedHome, changedId);
            _snapshots.Forget(changedHome, changedId);
            _store?.DeleteAutomationData(changedHome, changedId);
        }

        _clock.Reset(next.Clocked);
    }

    private void Stop(string homeId, string automationId, string reason)
    {
        IReadOnlyList<AutomationRunContext> runs;
        lock (_sync)
            runs = _gates.Remove((homeId, automationId), out var gate) ? gate.TakeAll() : [];
        foreach (var run in runs)
            run.Cancel(reason);
        _forTimers.Cancel(homeId, automationId);
    }
}
