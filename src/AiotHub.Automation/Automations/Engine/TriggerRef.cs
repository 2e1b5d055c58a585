using AiotHub.Automation.Automations.Triggers;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>One trigger of one runnable automation, as the index hands it out: the automation, the trigger's index in its definition and the trigger.</summary>
internal sealed class TriggerRef(RunnableAutomation automation, int index, AutomationTrigger trigger)
{
    public RunnableAutomation Automation { get; } = automation;

    public int Index { get; } = index;

    public AutomationTrigger Trigger { get; } = trigger;

    public string HomeId => Automation.Entry.HomeId;

    public string AutomationId => Automation.Entry.Id;
}
