namespace AiotHub.Core.Devices;

public enum AvailabilityState
{
    /// <summary>Registered but no availability message has arrived yet.</summary>
    NeverSeen,
    Online,
    Offline,
}
