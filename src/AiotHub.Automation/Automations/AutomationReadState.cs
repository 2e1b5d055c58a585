using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>What reading one definition collects: its problems, and the trigger ids "trigger" conditions may name.</summary>
internal sealed class AutomationReadState(List<ProfileError> errors)
{
    public List<ProfileError> Errors { get; } = errors;

    /// <summary>The ids of the top-level triggers (read before the conditions and actions).</summary>
    public HashSet<string> TriggerIds { get; } = new(StringComparer.Ordinal);
}
