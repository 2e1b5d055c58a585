namespace AiotHub.Automation.Automations.Actions;

/// <summary>Saves, under a name, the current reported writable properties of the listed devices (kept in hub.db), for a later "restore".</summary>
public sealed record SnapshotAction(string Path, string Name, IReadOnlyList<string> DeviceIds) : AutomationAction(Path)
{
    public override string Kind => "snapshot";
}
