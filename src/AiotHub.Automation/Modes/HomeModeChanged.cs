using AiotHub.Core.Events;

namespace AiotHub.Automation.Modes;

/// <summary>home-mode-changed: the new mode, the one before and who set it ("api", "automation:&lt;id&gt;", …).</summary>
[HomeEventType("home-mode-changed")]
public sealed record HomeModeChanged(string Mode, string Previous, string? Source) : HomeEventData;
