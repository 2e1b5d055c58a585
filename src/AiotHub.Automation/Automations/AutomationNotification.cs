using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>automation-notification: from a "notify" action, or a warning from the engine (loop protection); level info, warning or alert.</summary>
[HomeEventType("automation-notification")]
public sealed record AutomationNotification(string AutomationId, string? RunId, string? Title, string Message, string Level) : HomeEventData;
