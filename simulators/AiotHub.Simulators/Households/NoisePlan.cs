using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Households;

/// <summary>
/// Random manual actions: while someone is home and awake, at <see cref="HouseholdOptions.NoisePerHour"/>, a resident
/// sets a random writable member of a random device to a random value a person would pick (on/off, a round
/// brightness, a mode …). No pattern in time, no trigger before it: a miner must suggest nothing from it.
/// </summary>
internal sealed class NoisePlan : HabitPlan
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "curtain.motor-reverse", "switch.default-power-on-state", "air-purifier.physical-controls-locked", "light.color",
    };

    private readonly List<(string DeviceId, string Member, ProfileProperty Property)> _members;

    public NoisePlan(HouseholdContext context) : base(context)
    {
        _members = [.. context.Layout.Devices.SelectMany(d => d.Profile.Services.SelectMany(s => s.Properties
            .Where(p => p.CanWrite && p.Value.Format != PropertyFormat.String && !Skipped.Contains($"{s.Name}.{p.Name}"))
            .Select(p => (d.Id, $"{s.Name}.{p.Name}", p))))];
    }

    public override PlantedRoutine? Routine => null;

    public override void PlantDay(DaySchedule day)
    {
        if (_members.Count == 0 || Context.Options.NoisePerHour <= 0)
            return;
        foreach (var (from, to) in day.AwakeAtHome)
        {
            for (var time = from + Gap(); time < to; time += Gap())
            {
                var (deviceId, member, property) = _members[Context.Random.Next(_members.Count)];
                var value = Pick(property);
                var actor = Context.AnyResident();
                var source = Context.ManualSource(member);
                Writer.At(time, () =>
                {
                    if (Writer.Mode == "home")
                        Writer.Person(actor, source, deviceId, member, value);
                });
            }
        }
    }

    private TimeSpan Gap() => TimeSpan.FromHours(-Math.Log(1 - Context.Random.NextDouble()) / Context.Options.NoisePerHour);

    /// <summary>A value a person would choose: a value-list item, a bool, or a round number in the range.</summary>
    private JsonElement Pick(ProfileProperty property)
    {
        var spec = property.Value;
        if (spec.Format == PropertyFormat.Bool)
            return JsonValues.Of(Context.Chance(0.5));
        if (spec.List is { Count: > 0 } list)
            return JsonValues.Of(list[Context.Random.Next(list.Count)].Value);
        if (spec.Range is not { } range)
            return JsonValues.Of(0L);
        var stride = Math.Max(range.Step, Math.Round((range.Max - range.Min) / 10 / range.Step) * range.Step);
        var steps = (int)Math.Floor((range.Max - range.Min) / stride);
        var value = range.Min + (Context.Random.Next(steps + 1) * stride);
        return spec.Format == PropertyFormat.Float ? JsonValues.Of(Math.Round(value, 3)) : JsonValues.Of((long)Math.Round(value));
    }
}
