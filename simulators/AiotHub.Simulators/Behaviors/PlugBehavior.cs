using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// A metering plug: power follows on/off (the load's draw with ±2% noise when on, 0 when off), the
/// energy counter accumulates power × time, current is power / voltage.
/// </summary>
public sealed class PlugBehavior : DeviceBehavior
{
    private const string On = "switch.on";
    private const string Power = "power-consumption.electric-power";
    private const string Energy = "power-consumption.power-consumption";
    private const string Voltage = "power-consumption.voltage";
    private const string Current = "power-consumption.electric-current";
    private DateTimeOffset _lastIntegration;
    private double _energyKwh;

    /// <summary>What the plugged-in appliance draws, in watts (seeded per device).</summary>
    public double LoadWatts { get; private set; }

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var loads = new[] { 8.0, 45, 60, 120, 800, 1500, 2000 };
        LoadWatts = loads[device.Random.Next(loads.Length)];
        _energyKwh = Math.Round(device.Random.NextDouble() * 50, 2);
        _lastIntegration = device.Now;
        device.State.Set(On, device.Random.Next(2) == 1);
        device.State.SetNumber(Energy, _energyKwh);
        Measure(device);
    }

    public override void OnSet(SimulatedDevice device, DeviceProperty property)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(property);
        if (property.Key == On)
        {
            Integrate(device, device.Now);
            Measure(device);
        }
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(device);
        Integrate(device, now);
        Measure(device);
    }

    public override ActionOutcome OnAction(SimulatedDevice device, Core.Profiles.ProfileService service, Core.Profiles.ProfileAction action, System.Text.Json.JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        if (action.Name == "reset-power-consumption")
        {
            Integrate(device, device.Now);
            _energyKwh = 0;
            device.State.SetNumber(Energy, 0);
            return ActionOutcome.Applied;
        }

        return base.OnAction(device, service, action, input);
    }

    /// <summary>Energy uses the power reported over the interval (kept exact internally, reported on the profile's step).</summary>
    private void Integrate(SimulatedDevice device, DateTimeOffset now)
    {
        var hours = (now - _lastIntegration).TotalHours;
        _lastIntegration = now;
        if (hours > 0)
            _energyKwh += device.State.GetNumber(Power) * hours / 1000;
        device.State.SetNumber(Energy, _energyKwh);
    }

    private void Measure(SimulatedDevice device)
    {
        var state = device.State;
        var volts = 230 + (2 * Gaussian(device.Random));
        var watts = state.GetBool(On) ? LoadWatts * (1 + (0.02 * Math.Clamp(Gaussian(device.Random), -3, 3))) : 0;
        state.SetNumber(Voltage, volts);
        state.SetNumber(Power, watts);
        state.SetNumber(Current, watts / volts);
    }
}
