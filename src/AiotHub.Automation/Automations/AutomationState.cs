namespace AiotHub.Automation.Automations;

public enum AutomationState
{
    /// <summary>Valid against the home as it is now; runs when enabled.</summary>
    Available,

    /// <summary>Stored but cannot run; <see cref="AutomationEntry.Problems"/> says why. Never stops the hub.</summary>
    Unavailable,
}
