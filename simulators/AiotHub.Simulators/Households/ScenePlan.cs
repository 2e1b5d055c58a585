using AiotHub.Automation.Suggestions;

namespace AiotHub.Simulators.Households;

/// <summary>
/// On most days, at a random time in a window (too spread to be a time routine), a person sets the same states of a
/// few devices by hand, one device after another in any order, 10–90 s apart: a scene they make themselves.
/// </summary>
internal sealed class ScenePlan(
    HouseholdContext context, string id, string description, IReadOnlyList<PlantedEffect> effects, TimeOnly from, TimeOnly to,
    double probability, IReadOnlySet<DayOfWeek>? days = null) : HabitPlan(context)
{
    public override PlantedRoutine Routine { get; } = new()
    {
        Id = id,
        Kind = SuggestionKind.Scene,
        Description = description,
        Effects = effects,
        Actor = context.Resident,
    };

    public override void PlantDay(DaySchedule day)
    {
        if ((days is not null && !days.Contains(day.Date.DayOfWeek)) || !Context.Chance(probability))
            return;
        var start = Context.Local(day.Date, TimeSpan.FromMinutes(Context.Uniform(from.ToTimeSpan().TotalMinutes, to.ToTimeSpan().TotalMinutes)));
        var groups = effects.GroupBy(e => e.DeviceId).Select(g => g.ToList()).OrderBy(_ => Context.Random.Next()).ToList();
        Writer.At(start, () =>
        {
            if (Writer.Mode != "home")
                return;
            Occurrences.Add(Writer.Now);
            var time = Writer.Now;
            foreach (var group in groups)
            {
                var step = group;
                Writer.At(time, () => Context.Manually(Context.Resident, step));
                time += Context.Seconds(10, 90);
            }
        });
    }
}
