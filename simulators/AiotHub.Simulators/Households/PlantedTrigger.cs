using System.Text.Json;

namespace AiotHub.Simulators.Households;

/// <summary>
/// What a person reacts to in a planted linkage: a device's property reported at <see cref="Value"/> (a sensor's
/// reading, the TV's playback state), or, when <see cref="Event"/> is set, that device event ("service.event").
/// A linkage lists every equivalent form (the door's opened event and its contact state); a suggestion matches with any.
/// </summary>
public sealed record PlantedTrigger(string DeviceId, string? Member, JsonElement? Value, string? Event = null)
{
    public override string ToString() => Event is not null ? $"{DeviceId} event {Event}" : $"{DeviceId} {Member}={Value?.GetRawText()}";
}
