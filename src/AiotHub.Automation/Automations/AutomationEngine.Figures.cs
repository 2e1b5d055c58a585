namespace AiotHub.Automation.Automations;

/// <summary>Figures for the hub's metrics: read without the engine's lock, a moment's value.</summary>
public sealed partial class AutomationEngine
{
    /// <summary>Runs started and not yet finished (waiting in a delay, a wait or for a command included).</summary>
    public int RunsInProgress => _runs.Count;

    /// <summary>Matched events waiting for the engine's loop.</summary>
    public int QueuedEvents => _work.Reader.Count;
}
