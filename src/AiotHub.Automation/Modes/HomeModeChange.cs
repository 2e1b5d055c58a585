namespace AiotHub.Automation.Modes;

/// <summary>Data of home-mode-changed: the new mode, the one before and who set it ("api", "automation:&lt;id&gt;", …).</summary>
public sealed record HomeModeChange(string Mode, string Previous, string? Source);
