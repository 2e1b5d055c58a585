namespace AiotHub.Automation.Suggestions;

/// <summary>
/// A property an automation set (from the log: source Automation, <see cref="AutomationId"/> its actor; the command, or
/// with <see cref="Reported"/> the device's report that it changed), and the person's action that undid it within
/// <see cref="MiningThresholds.UndoWindow"/>, if any.
/// </summary>
internal sealed record AutomationEffect(long Id, DateTimeOffset Time, string AutomationId, string? Reference, string DeviceId, string Member, string Value, bool Reported)
{
    public MinedAction? UndoneBy { get; set; }
}
