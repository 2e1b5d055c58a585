namespace AiotHub.Core.Profiles;

/// <summary>
/// One device model: what it is, and the services, properties, actions and events it speaks.
/// Built only by <see cref="DeviceProfileParser"/>, so an instance is always valid. <see cref="Names"/> is the
/// model's display name and <see cref="Descriptions"/> its description, each by language tag
/// (<see cref="ProfileLanguages"/>; pick one with <see cref="ProfileText.Pick"/>).
/// </summary>
public sealed record DeviceProfile(
    string Model,
    string Type,
    int Version,
    ProfileManufacturer Manufacturer,
    IReadOnlyList<ProfileService> Services,
    string? Description = null,
    IReadOnlyDictionary<string, string>? Names = null,
    IReadOnlyDictionary<string, string>? Descriptions = null)
{
    public ProfileService? FindService(string name) => Services.FirstOrDefault(s => s.Name == name);

    /// <summary>By siid, for compact topics and payloads ("2.1" is service 2, member 1).</summary>
    public ProfileService? FindService(int iid) => Services.FirstOrDefault(s => s.Iid == iid);

    public ProfileProperty? FindProperty(string service, string property) => FindService(service)?.FindProperty(property);

    public ProfileAction? FindAction(string service, string action) => FindService(service)?.FindAction(action);

    public ProfileEvent? FindEvent(string service, string @event) => FindService(service)?.FindEvent(@event);

    /// <summary>The properties the recorder stores, with their service.</summary>
    public IEnumerable<(ProfileService Service, ProfileProperty Property)> TelemetryProperties() =>
        Services.SelectMany(s => s.Properties.Where(p => p.Telemetry).Select(p => (s, p)));
}
