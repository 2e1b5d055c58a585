using System.Text.Json;
using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>A "for" trigger whose state is holding: when it started, what it held, when it fires, and the run's trigger then.</summary>
internal sealed class ForTimer(string id, TriggerRef reference, AutomationRunTrigger trigger, string[] lineage, JsonElement? startValue, DateTimeOffset due)
{
    public string Id { get; } = id;

    public TriggerRef Reference { get; } = reference;

    public AutomationRunTrigger Trigger { get; } = trigger;

    public string[] Lineage { get; } = lineage;

    /// <summary>The property's value (or "online"/"offline") when the state began; a trigger without To/Above/Below waits for it to stay so.</summary>
    public JsonElement? StartValue { get; } = startValue;

    public DateTimeOffset Due { get; } = due;

    public ITimer? Timer { get; set; }
}
