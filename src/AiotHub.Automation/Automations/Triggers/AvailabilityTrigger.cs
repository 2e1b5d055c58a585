using AiotHub.Core.Devices;

namespace AiotHub.Automation.Automations.Triggers;

/// <summary>A device went online or offline (To null: either), optionally for a duration.</summary>
public sealed record AvailabilityTrigger(string Path, string? Id, string DeviceId, AvailabilityState? To, TimeSpan? For) : AutomationTrigger(Path, Id)
{
    public override string Kind => "availability";
}
