using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Why a trigger did not start a run: the trace's result and reason, and the limit (<c>Automations:Limits:…</c>) when one refused it.</summary>
internal sealed record Refusal(AutomationRunResult Result, string Reason, string? Limit = null);
