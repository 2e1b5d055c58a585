using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// Motion comes in bursts (someone walks through: 20 s to 2 min of motion), separated by quiet
/// spells whose length depends on the time of day; illuminance follows daylight. A burst starts with
/// motion-detected and ends with no-motion.
/// </summary>
public sealed class MotionSensorBehavior : DeviceBehavior
{
    public static readonly TimeSpan MinBurst = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan MaxBurst = TimeSpan.FromMinutes(2);

    /// <summary>Mean quiet time at full activity; divided by <see cref="DailyCurve.Activity"/>.</summary>
    public static readonly TimeSpan MeanQuiet = TimeSpan.FromMinutes(10);

    private const string Motion = "motion-sensor.motion-state";
    private DateTimeOffset _nextChange;
    private DateTimeOffset _lastMotionEnd;

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.State.SetNumber("battery.battery-level", 70 + device.Random.Next(31));
        device.State.Set(Motion, false);
        _lastMotionEnd = device.Now;
        _nextChange = device.Now + Quiet(device);
        UpdateIlluminance(device);
    }

    public override void Advance(SimulatedDevice device, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (now < _nextChange)
            return;
        var state = device.State;
        UpdateIlluminance(device);
        if (!state.GetBool(Motion))
        {
            state.Set(Motion, true);
            var burst = MinBurst + ((MaxBurst - MinBurst) * device.Random.NextDouble());
            _nextChange = now + burst;
            EmitIfDeclared(device, "motion-sensor", "motion-detected",
                new KeyValuePair<string, object>("illumination", state.GetNumber("motion-sensor.illumination")));
        }
        else
        {
            state.Set(Motion, false);
            state.SetNumber("motion-sensor.no-motion-duration", 0);
            _lastMotionEnd = now;
            _nextChange = now + Quiet(device);
            EmitIfDeclared(device, "motion-sensor", "no-motion", new KeyValuePair<string, object>("duration", 0L));
        }
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(device);
        UpdateIlluminance(device);
        if (!device.State.GetBool(Motion))
            device.State.SetNumber("motion-sensor.no-motion-duration", (now - _lastMotionEnd).TotalSeconds);
    }

    private static void UpdateIlluminance(SimulatedDevice device)
    {
        var lux = DailyCurve.Illuminance(device.LocalHour);
        device.State.SetNumber("motion-sensor.illumination", lux * (1 + (0.05 * Gaussian(device.Random))));
    }

    private static TimeSpan Quiet(SimulatedDevice device) =>
        TimeSpan.FromSeconds(5) + Exponential(device.Random, MeanQuiet / DailyCurve.Activity(device.LocalHour));
}
