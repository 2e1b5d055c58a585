namespace AiotHub.Simulators.Devices;

/// <summary>How one simulated device behaves on the wire.</summary>
public sealed class SimulatedDeviceOptions
{
    /// <summary>The topic root (docs/mqtt-protocol.md § Topics; the hub's <c>Devices:TopicRoot</c>).</summary>
    public string TopicRoot { get; set; } = "aiot";

    /// <summary>How long applying a set or an action takes before the reply.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Periodic property reports per second (0: report only what changes).</summary>
    public double Rate { get; set; } = 0.1;

    /// <summary>The firmware the device runs when it starts (an update changes <see cref="SimulatedDevice.Firmware"/>).</summary>
    public string Firmware { get; set; } = "1.0.0";

    /// <summary>The suggested display name sent in the announce message.</summary>
    public string? Name { get; set; }

    /// <summary>The room a scenario put the device in (not on the wire: the protocol has no room).</summary>
    public string? Room { get; set; }

    /// <summary>The home's offset from UTC, for daily curves.</summary>
    public TimeSpan UtcOffset { get; set; }

    /// <summary>
    /// Mean time between built-in utterances of a device that listens (<see cref="DeviceVoice"/>); null, the default, keeps
    /// it silent: a simulated device speaks only when told (this, or a scenario's say step), so a fleet leaves the home alone.
    /// </summary>
    public TimeSpan? UtteranceInterval { get; set; }

    public DeviceFaults Faults { get; set; } = new();

    /// <summary>How the device takes firmware updates.</summary>
    public OtaOptions Ota { get; set; } = new();
}
