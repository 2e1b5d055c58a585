using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>A light changes only when told: toggle, brightness up/down by 10, and the colour mode follows the last colour written.</summary>
public sealed class LightBehavior : DeviceBehavior
{
    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
    }

    public override void OnSet(SimulatedDevice device, DeviceProperty property)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(property);
        // aiot.light.bulb-rgb1: color-mode 1 colour, 2 colour temperature.
        if (property.Key == "light.color")
            device.State.SetNumber("light.color-mode", 1);
        else if (property.Key == "light.color-temperature")
            device.State.SetNumber("light.color-mode", 2);
    }

    public override ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        var brightness = device.State.GetNumber("light.brightness");
        switch (action.Name)
        {
            case "brightness-up": device.State.SetNumber("light.brightness", brightness + 10); return ActionOutcome.Applied;
            case "brightness-down": device.State.SetNumber("light.brightness", brightness - 10); return ActionOutcome.Applied;
            default: return base.OnAction(device, service, action, input);
        }
    }
}
