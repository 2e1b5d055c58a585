namespace AiotHub.Automation.Traces;

/// <summary>
/// One action as it ran: its JSON path in the definition (<c>$.actions[2].then[0]</c>), kind,
/// status and timing; for device actions the command id, the command's final status
/// ("applied", "rejected", "offline", "timed-out", …) and the latency from send to outcome; for a
/// scene the scene run's id; a message saying what happened in words.
/// </summary>
public sealed record AutomationRunStep(
    string Path,
    string Kind,
    AutomationStepStatus Status,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    string? DeviceId = null,
    string? CommandId = null,
    string? CommandStatus = null,
    double? LatencyMs = null,
    string? SceneRunId = null,
    string? Message = null);
