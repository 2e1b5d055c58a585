using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>Temperature and humidity follow <see cref="DailyCurve"/> with a per-device offset and noise; the battery drains slowly.</summary>
public class ClimateSensorBehavior : DeviceBehavior
{
    public const double TemperatureNoise = 0.15;
    public const double HumidityNoise = 1.0;

    protected double Offset { get; private set; }

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        // Rooms differ a little; the offset is seeded, so a run is reproducible.
        Offset = (device.Random.NextDouble() - 0.5) * 2;
        device.State.SetNumber("battery.battery-level", 80 + device.Random.Next(21));
        Evolve(device, device.Now, TimeSpan.Zero);
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(device);
        var hour = device.LocalHour;
        var state = device.State;
        foreach (var service in new[] { "environment", "temperature-humidity-sensor" })
        {
            state.SetNumber(service + ".temperature", DailyCurve.Temperature(hour) + Offset + (TemperatureNoise * Gaussian(device.Random)));
            state.SetNumber(service + ".relative-humidity", DailyCurve.Humidity(hour) - (2 * Offset) + (HumidityNoise * Gaussian(device.Random)));
        }

        // About 1% a week.
        if (elapsed > TimeSpan.Zero && device.Random.NextDouble() < elapsed.TotalHours / 168)
            state.SetNumber("battery.battery-level", state.GetNumber("battery.battery-level") - 1);
    }
}
