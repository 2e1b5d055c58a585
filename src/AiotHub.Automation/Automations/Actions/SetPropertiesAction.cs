using System.Text.Json;

namespace AiotHub.Automation.Automations.Actions;

/// <summary>Sets writable properties of one device in one command: <c>{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true}}</c>.</summary>
public sealed record SetPropertiesAction(string Path, string DeviceId, JsonElement Properties) : AutomationAction(Path)
{
    public override string Kind => "set";
}
