using AiotHub.Mqtt.Protocol;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Fleet;

/// <summary>Where a fleet connects and how it runs; <see cref="Device"/> is the template every device copies.</summary>
public sealed class FleetOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1883;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Per-device credentials by device id (pairing, provisioning); a device without an entry uses <see cref="UserName"/>/<see cref="Password"/>.</summary>
    public IReadOnlyDictionary<string, SimulatorCredential> Credentials { get; set; } = new Dictionary<string, SimulatorCredential>();

    /// <summary>Connect over TLS (the hub's TLS listener; needed for client certificates).</summary>
    public bool UseTls { get; set; }

    /// <summary>With <see cref="UseTls"/>: trust only this CA for the broker's certificate (the hub's GET /api/v1/ca.pem).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? TlsCaCertificate { get; set; }

    /// <summary>3.1.1 by default: most small devices speak it, and the protocol works the same over both.</summary>
    public MqttProtocolVersion ProtocolVersion { get; set; } = MqttProtocolVersion.V311;

    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The one fleet-wide scheduler tick that drives every device (no timer per device).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Connections opened at once, while starting and reconnecting.</summary>
    public int ConnectConcurrency { get; set; } = 64;

    /// <summary>Delay before retrying a failed connect (doubled up to 30 s, with jitter).</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int Seed { get; set; } = 1;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public SimulatedDeviceOptions Device { get; set; } = new();

    internal SimulatedDeviceOptions CopyDeviceOptions(string? name, string? room) => new()
    {
        TopicRoot = Device.TopicRoot,
        Latency = Device.Latency,
        Rate = Device.Rate,
        Firmware = Device.Firmware,
        Name = name ?? Device.Name,
        Room = room ?? Device.Room,
        UtcOffset = Device.UtcOffset,
        UtteranceInterval = Device.UtteranceInterval,
        Faults = Device.Faults.Clone(),
        Ota = Device.Ota.Clone(),
    };
}
