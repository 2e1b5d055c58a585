using AiotHub.Core.Devices;

namespace AiotHub.Automation.Automations.Conditions;

/// <summary>A device is online (or offline).</summary>
public sealed record AvailabilityCondition(string Path, string DeviceId, AvailabilityState Is) : AutomationCondition(Path)
{
    public override string Kind => "availability";
}
