using System.Text.Json;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>A "wait" action in progress: the run's home and automation, the triggers it waits on, and the task that completes with the one that fired.</summary>
internal sealed class ActiveWait(RunnableAutomation automation, IReadOnlyList<AutomationTrigger> triggers)
{
    public RunnableAutomation Automation { get; } = automation;

    public IReadOnlyList<AutomationTrigger> Triggers { get; } = triggers;

    public TaskCompletionSource<AutomationRunTrigger> Fired { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Timers of the wait's triggers with "for" whose state is holding, by trigger index (under the registry's lock).</summary>
    public Dictionary<int, (ITimer Timer, JsonElement? Start)> Holding { get; } = [];
}
