using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// A curtain motor: the position moves toward the target at <see cref="PercentPerSecond"/>, the
/// status says opening / closing / stopped; open, close and stop set the target.
/// </summary>
public sealed class CurtainBehavior : DeviceBehavior
{
    /// <summary>Full travel in ten seconds.</summary>
    public const double PercentPerSecond = 10;

    private const string Position = "curtain.current-position";
    private const string Target = "curtain.target-position";
    private const string Status = "curtain.status";
    private const long Stopped = 0, Opening = 1, Closing = 2;
    private double _position;
    private DateTimeOffset _last;

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        _position = device.Random.Next(2) == 0 ? 0 : 100;
        _last = device.Now;
        device.State.SetNumber(Position, _position);
        device.State.SetNumber(Target, _position);
        device.State.SetNumber(Status, Stopped);
    }

    public override void Advance(SimulatedDevice device, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(device);
        var elapsed = (now - _last).TotalSeconds;
        _last = now;
        var target = device.State.GetNumber(Target);
        if (Math.Abs(target - _position) < 1e-9)
        {
            // Most ticks find the curtain at rest: nothing to fit or report (this runs 10 times a second per device).
            if (device.State.GetNumber(Status) != Stopped)
                device.State.SetNumber(Status, Stopped);
            return;
        }

        var step = PercentPerSecond * Math.Max(0, elapsed);
        _position = target > _position ? Math.Min(target, _position + step) : Math.Max(target, _position - step);
        device.State.SetNumber(Position, _position);
        device.State.SetNumber(Status, _position == target ? Stopped : target > _position ? Opening : Closing);
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
    }

    public override void OnSet(SimulatedDevice device, DeviceProperty property)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(property);
        if (property.Key == Target)
            StartMoving(device);
    }

    public override ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Name)
        {
            case "open": device.State.SetNumber(Target, 100); break;
            case "close": device.State.SetNumber(Target, 0); break;
            case "stop": device.State.SetNumber(Target, Math.Round(_position)); _position = Math.Round(_position); break;
            default: return base.OnAction(device, service, action, input);
        }

        StartMoving(device);
        return ActionOutcome.Applied;
    }

    private void StartMoving(SimulatedDevice device)
    {
        _last = device.Now;
        var target = device.State.GetNumber(Target);
        device.State.SetNumber(Status, target > _position ? Opening : target < _position ? Closing : Stopped);
        device.State.SetNumber(Position, _position);
    }
}
