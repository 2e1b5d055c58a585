namespace AiotHub.Core.Devices;

/// <summary>
/// A command the registry has accepted and asks the edge to deliver (<see cref="DeviceRegistry.Outbox"/>): typed, in
/// the device's own addressing (property and action keys by name or "siid.piid", as the device reports). How it goes on
/// the wire — topics, JSON — is the device protocol's business at the edge (src/AiotHub.Gateway/Devices), not Core's.
/// </summary>
public abstract record DeviceCommandRequest(string DeviceId, string CommandId)
{
    public abstract CommandKind Kind { get; }
}
