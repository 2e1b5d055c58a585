namespace AiotHub.Core.Profiles;

/// <summary>A state of the device (MIoT "property", piid): its value spec, access and whether it is recorded.</summary>
public sealed record ProfileProperty(
    int Iid,
    string Name,
    ProfileValueSpec Value,
    PropertyAccess Access,
    string? Description = null,
    bool Telemetry = false,
    IReadOnlyDictionary<string, string>? Descriptions = null)
{
    public bool CanRead => (Access & PropertyAccess.Read) != 0;

    public bool CanWrite => (Access & PropertyAccess.Write) != 0;

    public bool Notifies => (Access & PropertyAccess.Notify) != 0;
}
