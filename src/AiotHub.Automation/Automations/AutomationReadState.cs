using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>What reading one definition collects: its problems, and the trigger ids "trigger" conditions may name; and the limits it is read under.</summary>
internal sealed class AutomationReadState(List<ProfileError> errors, AutomationLimits limits)
{
    public List<ProfileError> Errors { get; } = errors;

    public AutomationLimits Limits { get; } = limits;

    /// <summary>The ids of the top-level triggers (read before the conditions and actions).</summary>
    public HashSet<string> TriggerIds { get; } = new(StringComparer.Ordinal);
}
