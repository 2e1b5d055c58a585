using System.Text.Json;

namespace AiotHub.Simulators.Households;

/// <summary>What a person sets in a planted routine: one property of one device to one value ("service.member").</summary>
public sealed record PlantedEffect(string DeviceId, string Member, JsonElement Value)
{
    public override string ToString() => $"{DeviceId} {Member}={Value.GetRawText()}";
}
