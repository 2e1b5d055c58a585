using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// What a simulated device does on its own. The base is the generic behaviour any profile gets:
/// read-only properties drift within their range, a read-only bool flips now and then (with its
/// service's matching event), a <c>toggle</c> action flips its service's <c>on</c>, and every other
/// action is acknowledged. Type-specific behaviours override what their type makes believable.
/// All calls happen under the device's lock, with time from the device's TimeProvider.
/// </summary>
public class DeviceBehavior
{
    /// <summary>After the state has its initial values.</summary>
    public virtual void Initialize(SimulatedDevice device)
    {
    }

    /// <summary>Every scheduler tick: for things that must be reported promptly (movement, bursts).</summary>
    public virtual void Advance(SimulatedDevice device, DateTimeOffset now)
    {
    }

    /// <summary>Before each periodic report: slow drift since the last one.</summary>
    public virtual void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(device);
        foreach (var property in device.State.All)
        {
            var profile = property.Property;
            if (profile.CanWrite || !profile.Notifies)
                continue;
            var spec = profile.Value;
            if (spec.Format == PropertyFormat.Bool)
            {
                if (device.Random.NextDouble() < 0.05)
                {
                    var value = !(bool)property.Value;
                    device.State.Set(property.Key, value);
                    EmitIfDeclared(device, property.Service, value ? "opened" : "closed");
                }
            }
            else if (spec.Range is { } range && spec.List is null)
            {
                var walk = (device.Random.NextDouble() - 0.5) * 2 * Math.Max(range.Step, (range.Max - range.Min) * 0.005);
                device.State.SetNumber(property.Key, ProfileValues.AsDouble(property.Value) + walk);
            }
        }
    }

    /// <summary>After a set (or a local change) assigned <paramref name="property"/>.</summary>
    public virtual void OnSet(SimulatedDevice device, DeviceProperty property)
    {
    }

    /// <summary>An action call whose input is valid; the default toggles or just acknowledges.</summary>
    public virtual ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(action);
        if (action.Name == "toggle" && device.State.Find(service.Name + ".on") is { } on)
        {
            device.State.Set(on.Key, !(bool)on.Value);
            OnSet(device, on);
        }

        return ActionOutcome.Applied;
    }

    protected static void EmitIfDeclared(SimulatedDevice device, ProfileService service, string @event, params KeyValuePair<string, object>[] args)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(service);
        if (service.FindEvent(@event) is not { } declared)
            return;
        // Only the arguments the profile declares, each fitted to its spec.
        var fitted = args.Where(a => declared.Arguments.Any(d => d.Name == a.Key))
            .Select(a =>
            {
                var spec = declared.Arguments.First(d => d.Name == a.Key).Value;
                return spec.Format.IsNumeric() ? new KeyValuePair<string, object>(a.Key, ProfileValues.Fit(spec, ProfileValues.AsDouble(a.Value))) : a;
            })
            .ToList();
        foreach (var missing in declared.Arguments.Where(d => !d.Optional && fitted.All(a => a.Key != d.Name)))
            fitted.Add(new(missing.Name, ProfileValues.Default(missing.Value)));
        device.Emit(service.Name, @event, fitted);
    }

    /// <summary>Emits by "service" name when the profile has it.</summary>
    protected static void EmitIfDeclared(SimulatedDevice device, string service, string @event, params KeyValuePair<string, object>[] args)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Profile.FindService(service) is { } found)
            EmitIfDeclared(device, found, @event, args);
    }

    /// <summary>A standard normal sample (Box–Muller) from the device's seeded random.</summary>
    protected static double Gaussian(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>An exponentially distributed wait with the given mean.</summary>
    protected static TimeSpan Exponential(Random random, TimeSpan mean)
    {
        ArgumentNullException.ThrowIfNull(random);
        return mean * -Math.Log(1 - random.NextDouble());
    }
}
