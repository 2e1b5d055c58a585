using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// An air purifier: PM2.5 falls toward a clean level while on (faster at higher fan levels) and
/// creeps back toward the outdoor level while off; air quality follows PM2.5; the filter wears
/// with use; temperature and humidity follow the daily curve.
/// </summary>
public sealed class AirPurifierBehavior : ClimateSensorBehavior
{
    private const string On = "air-purifier.on";
    private const string Pm25 = "environment.pm25-density";
    private double _pm25;
    private double _filterHours;

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        base.Initialize(device);
        _pm25 = 30 + device.Random.Next(60);
        _filterHours = device.Random.Next(2000);
        device.State.SetNumber("filter.filter-life-level", 100 - (_filterHours / 36));
        device.State.SetNumber("filter.filter-used-time", _filterHours);
        device.State.SetNumber("air-purifier.fan-level", 1);
        Update(device);
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(device);
        base.Evolve(device, now, elapsed);
        var state = device.State;
        var on = state.GetBool(On);
        var fan = Math.Max(1, state.GetNumber("air-purifier.fan-level"));
        var goal = on ? 5.0 : 60.0;
        var minutes = (on ? 20 : 120) / fan;
        _pm25 += (goal - _pm25) * (1 - Math.Exp(-elapsed.TotalMinutes / minutes));
        if (on)
        {
            _filterHours += elapsed.TotalHours;
            state.SetNumber("filter.filter-used-time", _filterHours);
            var life = 100 - (_filterHours / 36);
            state.SetNumber("filter.filter-life-level", life);
        }

        Update(device);
    }

    public override ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        if (action.Name != "reset-filter-life")
            return base.OnAction(device, service, action, input);
        _filterHours = 0;
        device.State.SetNumber("filter.filter-life-level", 100);
        device.State.SetNumber("filter.filter-used-time", 0);
        return ActionOutcome.Applied;
    }

    private void Update(SimulatedDevice device)
    {
        var pm = Math.Max(0, _pm25 + (2 * Gaussian(device.Random)));
        device.State.SetNumber(Pm25, pm);
        device.State.SetNumber("environment.air-quality", pm switch { < 12 => 0, < 35 => 1, < 55 => 2, < 150 => 3, _ => 4 });
    }
}
