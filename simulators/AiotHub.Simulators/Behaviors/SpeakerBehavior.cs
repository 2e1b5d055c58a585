using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// A smart speaker: play/pause drive the playing state; play-text and execute-text-directive are accepted. What it hears
/// and the answers it is given are its <see cref="SimulatedDevice.Voice"/> (silent unless told).
/// </summary>
public sealed class SpeakerBehavior : DeviceBehavior
{
    private const string Playing = "play-control.playing-state";

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.State.SetNumber("speaker.volume", 30 + device.Random.Next(40));
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
    }

    public override ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Name)
        {
            case "play": device.State.SetNumber(Playing, 1); return ActionOutcome.Applied;
            case "pause": device.State.SetNumber(Playing, 2); return ActionOutcome.Applied;
            default: return base.OnAction(device, service, action, input);
        }
    }
}
