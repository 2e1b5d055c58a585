namespace AiotHub.Automation.Voice;

/// <summary>What one device will do for a request: the intent name, its steps, and the resulting value for the answer (a number or a value-list entry).</summary>
internal sealed record DevicePlan(string Intent, IReadOnlyList<VoiceStep> Steps, double? Value = null, string? Entry = null);
