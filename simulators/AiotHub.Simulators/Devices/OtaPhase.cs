namespace AiotHub.Simulators.Devices;

/// <summary>Where a simulated device's firmware job is.</summary>
public enum OtaPhase
{
    Downloading,

    /// <summary>The device went offline mid-download; it resumes with Range when it is back.</summary>
    Paused,
    Ready,
    Applying,
    Rebooting,
    Ended,
}
