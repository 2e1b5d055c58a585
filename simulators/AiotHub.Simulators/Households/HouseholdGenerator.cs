using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Households;

/// <summary>
/// Generates a household's activity log straight into <see cref="AiotHub.Core.Activity.ActivityEntry"/> lists, with the
/// routines planted in it (the truth a miner is scored against: <see cref="RoutineMatcher"/>). Seeded and
/// deterministic: the same options give the same entries; months take milliseconds. See simulators/README.md
/// "Households".
/// </summary>
public static class HouseholdGenerator
{
    /// <summary>A planted routine done fewer times than this is a decoy, not truth (docs/suggestions.md's minimum).</summary>
    public const int MinimumOccurrences = 5;

    /// <summary>… or whose occurrences span less than this.</summary>
    public static readonly TimeSpan MinimumSpan = TimeSpan.FromDays(14);

    /// <summary>The standard household (plus filler devices up to <see cref="HouseholdOptions.Devices"/>) over these profiles.</summary>
    public static Household Generate(HouseholdOptions options, IReadOnlyCollection<DeviceProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Generate(options, HouseholdLayout.Standard(profiles, options.Devices));
    }

    /// <summary>A household over any layout: the habits whose roles it lacks are left out.</summary>
    public static Household Generate(HouseholdOptions options, HouseholdLayout layout) => Generate(options, layout, HouseholdCatalog.Build);

    /// <summary>A household whose habits, automations and scenes come from <paramref name="catalog"/> (the demo home's own).</summary>
    internal static Household Generate(HouseholdOptions options, HouseholdLayout layout,
        Func<HouseholdContext, (List<HabitPlan> Plans, List<JsonElement> Automations, List<JsonElement> Scenes)> catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(layout);
        options.Validate();
        var random = new Random(options.Seed);
        var writer = new ActivityWriter(options.HomeId, options.TimeZone, options.Latitude, options.Longitude);
        var context = new HouseholdContext(options, layout, writer, random);
        var lastDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.End, options.TimeZone).DateTime);
        var firstDate = lastDate.AddDays(-options.Days);
        var from = context.Local(firstDate, TimeSpan.Zero);
        Initialize(layout, writer);

        var (habits, automations, scenes) = catalog(context);
        var plans = new List<HabitPlan> { new ObservationPlan(context) };
        plans.AddRange(habits);
        plans.Add(new NoisePlan(context));
        foreach (var plan in plans)
            plan.Attach();
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            var day = DaySchedule.Plan(context, date);
            foreach (var plan in plans)
                plan.PlantDay(day);
        }

        var history = writer.Run(options.End);
        var truth = new List<PlantedRoutine>();
        var decoys = new List<PlantedRoutine>();
        foreach (var plan in plans)
        {
            if (plan.Routine is not { } routine)
                continue;
            var occurrences = plan.Occurrences.Where(t => t < options.End).Order().ToList();
            var planted = routine with { Occurrences = occurrences };
            var enough = occurrences.Count >= MinimumOccurrences && occurrences[^1] - occurrences[0] >= MinimumSpan;
            (plan.Expected && enough ? truth : decoys).Add(planted);
        }

        return new Household(options.HomeId, options.Seed, from, options.End, options.TimeZone, options.Latitude, options.Longitude,
            layout.Devices, automations, scenes, history, truth, decoys);
    }

    /// <summary>Everything starts off and still, the front door closed (contact true), curtains open; the residents asleep.</summary>
    private static void Initialize(HouseholdLayout layout, ActivityWriter writer)
    {
        writer.InitializeMode("sleep");
        foreach (var device in layout.Devices)
        {
            foreach (var service in device.Profile.Services)
            {
                foreach (var property in service.Properties.Where(p => p.Value.Format == PropertyFormat.Bool))
                    writer.Initialize(device.Id, $"{service.Name}.{property.Name}", JsonValues.Of(false));
            }
        }

        if (layout[DeviceRole.FrontDoor] is { } door)
            writer.Initialize(door.Id, "magnet-sensor.contact-state", JsonValues.Of(true));
        if (layout[DeviceRole.LivingCurtain] is { } curtain)
            writer.Initialize(curtain.Id, "curtain.target-position", JsonValues.Of(100L));
        if (layout[DeviceRole.Tv] is { } tv)
            writer.Initialize(tv.Id, "television.playback-state", JsonValues.Of(0L));
    }
}
