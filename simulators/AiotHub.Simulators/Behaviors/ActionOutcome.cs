using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>What an action did: a reply code, and out-arguments by name (missing ones get their defaults).</summary>
public sealed record ActionOutcome(int Code, IReadOnlyList<KeyValuePair<string, object>>? Out = null, string? Message = null)
{
    public static ActionOutcome Applied { get; } = new(DeviceReplyCode.Applied);
}
