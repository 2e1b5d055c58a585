namespace AiotHub.Automation.Automations.Engine;

/// <summary>The index's key for device triggers: a home, a device and a "service.member" key ("" for availability).</summary>
internal readonly record struct DeviceMemberKey(string HomeId, string DeviceId, string Key);
