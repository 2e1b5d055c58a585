using System.Text.Json;

namespace AiotHub.Automation.Automations.Actions;

/// <summary>Calls a device action: <c>{"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.play-text","in":{"text":"Hi"}}</c>.</summary>
public sealed record CallAction(string Path, string DeviceId, string Action, JsonElement? In) : AutomationAction(Path)
{
    public override string Kind => "call";
}
