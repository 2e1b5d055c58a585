using AiotHub.Automation.Automations;

namespace AiotHub.Gateway.Apis;

/// <summary>POST …/automations/import: every automation the document held, as stored.</summary>
internal sealed record AutomationImportResponse(IReadOnlyList<AutomationEntry> Imported);
