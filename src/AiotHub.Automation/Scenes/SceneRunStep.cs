namespace AiotHub.Automation.Scenes;

/// <summary>
/// A step's outcome in a run: the command it became (none when invalid or skipped), its lifecycle
/// status, the device's code and message, and the latency from publish to reply.
/// </summary>
public sealed record SceneRunStep(
    int Index,
    string DeviceId,
    SceneStepKind Kind,
    string Key,
    string? CommandId,
    SceneStepStatus Status,
    int? Code = null,
    string? Message = null,
    double? LatencyMs = null);
