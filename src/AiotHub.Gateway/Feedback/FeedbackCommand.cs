using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Feedback;

/// <summary>One recent command in a report's context: when, what kind, how it ended and how long the device took — never what it asked.</summary>
internal sealed record FeedbackCommand(DateTimeOffset Time, CommandKind Kind, CommandStatus Status, int? Code, double? LatencyMs);
