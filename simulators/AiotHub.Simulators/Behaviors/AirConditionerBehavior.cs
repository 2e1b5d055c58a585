using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// An air conditioner: while on, the room temperature approaches the target (time constant about
/// 15 minutes) and power depends on the fan level and how far the room is from the target; off,
/// the room drifts back to the daily curve and the unit draws nothing.
/// </summary>
public sealed class AirConditionerBehavior : DeviceBehavior
{
    private static readonly TimeSpan TimeConstant = TimeSpan.FromMinutes(15);
    private const string On = "air-conditioner.on";
    private const string Target = "air-conditioner.target-temperature";
    private const string Room = "environment.temperature";
    private const string Power = "power-consumption.electric-power";
    private double _room;

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.State.SetNumber(Target, 24);
        _room = DailyCurve.Temperature(device.LocalHour) + 2;
        device.State.SetNumber(Room, _room);
        device.State.SetNumber(Power, 0);
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(device);
        var state = device.State;
        var on = state.GetBool(On);
        var goal = on ? state.GetNumber(Target) : DailyCurve.Temperature(device.LocalHour) + 2;
        var k = 1 - Math.Exp(-elapsed / TimeConstant);
        _room += (goal - _room) * k;
        state.SetNumber(Room, _room + (0.05 * Gaussian(device.Random)));
        state.SetNumber(Power, on ? Draw(state) : 0);
    }

    public override void OnSet(SimulatedDevice device, DeviceProperty property)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.State.SetNumber(Power, device.State.GetBool(On) ? Draw(device.State) : 0);
    }

    private double Draw(DeviceState state)
    {
        var fan = state.GetNumber("fan-control.fan-level");
        var gap = Math.Abs(state.GetNumber(Target) - _room);
        return 150 + (fan * 60) + Math.Min(900, gap * 250);
    }
}
