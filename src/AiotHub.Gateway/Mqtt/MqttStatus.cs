using System.Text.Json.Serialization;
using AiotHub.Mqtt.Client;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// A snapshot of the hub's MQTT side for /healthz. Embedded mode fills <see cref="Listening"/>,
/// External mode fills <see cref="Connected"/>; the counters are the broker's (embedded) or this
/// hub's own traffic (external). <see cref="Anonymous"/> says who may connect without credentials and <see cref="Overload"/>
/// gives the broker's drops per reason, queue depth and paused publishers (embedded only). <see cref="Link"/> gives the
/// device link's client queues in External mode: what waits, QoS 0 messages dropped, reader pauses (backpressure),
/// publishes that waited or timed out (docs/mqtt-client.md, "Queues").
/// </summary>
public sealed record MqttStatus(
    MqttMode Mode,
    bool Healthy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Listening,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Connected,
    long Connections,
    long MessagesIn,
    long MessagesOut,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MqttAnonymousAccess? Anonymous = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MqttOverloadStatus? Overload = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MqttClientQueueCounters? Link = null);
