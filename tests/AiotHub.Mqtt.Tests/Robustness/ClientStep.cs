using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>One packet a well-behaved client sends; <see cref="Slot"/> picks a topic and the one filter that matches it.</summary>
public sealed record ClientStep(ClientStepKind Kind, int Slot, MqttQualityOfService QualityOfService)
{
    public static readonly string[] Topics = ["p/a", "p/b", "q/c"];

    /// <summary>Filter i matches topic i and no other, so every delivery is predictable.</summary>
    public static readonly string[] Filters = ["p/a", "p/b", "q/#"];

    public override string ToString() => Kind switch
    {
        ClientStepKind.Subscribe => $"SUBSCRIBE {Filters[Slot]} QoS {(int)QualityOfService}",
        ClientStepKind.Unsubscribe => $"UNSUBSCRIBE {Filters[Slot]}",
        ClientStepKind.Publish => $"PUBLISH {Topics[Slot]} QoS {(int)QualityOfService}",
        _ => Kind.ToString().ToUpperInvariant(),
    };
}
