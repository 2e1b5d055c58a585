using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>A device with its profile, for capability checks.</summary>
internal sealed record HomeDevice(Device Device, DeviceProfile? Profile);
