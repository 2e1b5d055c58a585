namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>Which broker an interop scenario runs against: ours, or Debian's mosquitto as the reference.</summary>
public enum InteropBrokerKind
{
    /// <summary>Our <see cref="Broker.MqttBroker"/>, in-process.</summary>
    AiotHub,

    /// <summary>Debian's mosquitto (2.0.11 here) as a child process; the test skips when it is not installed.</summary>
    Mosquitto,
}
