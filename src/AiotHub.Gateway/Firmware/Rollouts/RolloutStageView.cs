namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>The current ring: index -1 and no percent for the testers ring.</summary>
internal sealed record RolloutStageView(int Index, int? Percent, string Name, DateTimeOffset Started, DateTimeOffset SoakUntil);
