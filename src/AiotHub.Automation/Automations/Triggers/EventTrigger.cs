using System.Text.Json;

namespace AiotHub.Automation.Automations.Triggers;

/// <summary>A device event ("motion-sensor.motion-detected", "switch.click", "intelligent-speaker.voice-command"); Arguments, when given, must all equal the event's.</summary>
public sealed record EventTrigger(string Path, string? Id, string DeviceId, string Event, JsonElement? Arguments) : AutomationTrigger(Path, Id)
{
    public override string Kind => "event";
}
