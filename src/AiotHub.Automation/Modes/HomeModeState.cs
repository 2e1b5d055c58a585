namespace AiotHub.Automation.Modes;

/// <summary>A home's mode (one of <see cref="HomeModes.All"/>), since when, and who set it ("api", "automation:&lt;id&gt;", "voice", …).</summary>
public sealed record HomeModeState(string HomeId, string Mode, DateTimeOffset Since, string? Source);
