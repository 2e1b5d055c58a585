namespace AiotHub.Gateway.Automations;

/// <summary>
/// How often one webhook may be called: the gateway's own part of the "Automations" section (the engine's part is bound
/// into <see cref="AiotHub.Automation.Automations.AutomationEngineOptions"/>), a token bucket per hook id on top of the
/// API's per-address limit.
/// </summary>
public sealed class AutomationHookOptions
{
    /// <summary>Calls one webhook may take at once.</summary>
    public int HookBurst { get; set; } = 10;

    /// <summary>Calls per minute one webhook is refilled with.</summary>
    public int HookPerMinute { get; set; } = 30;
}
