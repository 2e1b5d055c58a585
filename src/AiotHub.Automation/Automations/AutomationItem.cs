using AiotHub.Automation.Automations.Triggers;

namespace AiotHub.Automation.Automations;

/// <summary>
/// What the catalog holds per automation: the entry it shows, the definition resolved against the
/// home (null while unavailable), and the hook ids its definition claims even while unavailable,
/// so no other automation can take them.
/// </summary>
internal sealed record AutomationItem(AutomationEntry Entry, AutomationDefinition? Resolved, IReadOnlyList<string> HookIds, bool Readable = true)
{
    public static IReadOnlyList<string> Hooks(AutomationDefinition? read) =>
        read is null ? [] : [.. read.Triggers.OfType<WebhookTrigger>().Select(t => t.HookId)];
}
