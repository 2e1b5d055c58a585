using System.Text.Json;

namespace AiotHub.Automation.Automations;

/// <summary>One row of hub.db's automations table: the definition as the user wrote it (with its id and enabled) and the catalog's bookkeeping.</summary>
internal sealed record AutomationRecord(
    string Id,
    string HomeId,
    bool Enabled,
    long Version,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    JsonElement Definition);
