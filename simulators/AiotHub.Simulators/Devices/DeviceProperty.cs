using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Devices;

/// <summary>One property of a simulated device and its current value.</summary>
public sealed class DeviceProperty(ProfileService service, ProfileProperty property, object value)
{
    public ProfileService Service { get; } = service;

    public ProfileProperty Property { get; } = property;

    /// <summary>"service.name", the form the simulator reports in.</summary>
    public string Key { get; } = service.Name + "." + property.Name;

    public object Value { get; internal set; } = value;
}
