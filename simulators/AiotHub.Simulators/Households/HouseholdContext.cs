using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>What every plan of a generation shares: the log, the seeded randomness, the layout and the local clock.</summary>
internal sealed class HouseholdContext(HouseholdOptions options, HouseholdLayout layout, ActivityWriter writer, Random random)
{
    public HouseholdOptions Options => options;

    public HouseholdLayout Layout => layout;

    public ActivityWriter Writer => writer;

    public Random Random => random;

    /// <summary>The resident who does the planted routines.</summary>
    public string Resident => options.Residents[0];

    public string AnyResident() => options.Residents[random.Next(options.Residents.Count)];

    /// <summary>The instant of a local time of day on a local date (a time in a spring-forward gap moves forward).</summary>
    public DateTimeOffset Local(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        if (options.TimeZone.IsInvalidTime(local))
            local = local.AddHours(1);
        return new DateTimeOffset(local, options.TimeZone.GetUtcOffset(local));
    }

    public bool Chance(double probability) => random.NextDouble() < probability;

    public double Uniform(double min, double max) => min + (random.NextDouble() * (max - min));

    public TimeSpan Seconds(double min, double max) => TimeSpan.FromSeconds(Uniform(min, max));

    public TimeSpan Minutes(double min, double max) => TimeSpan.FromMinutes(Uniform(min, max));

    /// <summary>A normal spread with this standard deviation (Box–Muller), clipped to ±3σ.</summary>
    public double Gaussian(double deviation)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Clamp(z, -3, 3) * deviation;
    }

    /// <summary>How a person does it: mostly the app, sometimes voice, and for an on/off the device's own button.</summary>
    public ActivitySource ManualSource(string member)
    {
        var roll = random.NextDouble();
        var physical = member.EndsWith(".on", StringComparison.Ordinal);
        return roll < 0.6 ? ActivitySource.App : roll < 0.8 ? ActivitySource.Voice : physical ? ActivitySource.Device : ActivitySource.App;
    }

    /// <summary>A person sets the effects now, a few seconds apart, as one does in the app.</summary>
    public void Manually(string actor, IReadOnlyList<PlantedEffect> effects)
    {
        var source = ManualSource(effects[0].Member);
        if (source == ActivitySource.Device && writer.Is(effects[0].DeviceId, effects[0].Member, effects[0].Value))
            source = ActivitySource.App; // pressing the button of a light that is on would turn it off: they use the app
        foreach (var effect in effects)
            writer.Person(actor, effects.Count > 1 && source == ActivitySource.Device ? ActivitySource.App : source, effect.DeviceId, effect.Member, effect.Value);
    }

    /// <summary>Later (a random while), a person sets a member back, if it still has the value.</summary>
    public void RevertLater(TimeSpan min, TimeSpan max, PlantedEffect effect, PlantedEffect back)
    {
        writer.At(writer.Now + TimeSpan.FromTicks((long)Uniform(min.Ticks, max.Ticks)), () =>
        {
            if (writer.Is(effect.DeviceId, effect.Member, effect.Value))
                writer.Person(AnyResident(), ManualSource(back.Member), back.DeviceId, back.Member, back.Value);
        });
    }
}
