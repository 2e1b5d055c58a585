using AiotHub.Automation.Suggestions;

namespace AiotHub.Simulators.Households;

/// <summary>
/// A person sets <see cref="PlantedRoutine.Effects"/> at about a time of day on some weekdays (a normal spread of
/// <c>jitter</c>, some days skipped, never when nobody is home), and turns the first effect back a random while later
/// when <c>back</c> is given (20–150 min later, or within <c>backAfter</c>). <c>limit</c> caps the occurrences (a decoy below the minimum).
/// </summary>
internal sealed class TimeRoutinePlan(
    HouseholdContext context, string id, string description, IReadOnlyList<PlantedEffect> effects, TimeOnly at, TimeSpan jitter,
    IReadOnlySet<DayOfWeek> days, double skip, PlantedEffect? back = null, int? limit = null,
    (TimeSpan Min, TimeSpan Max)? backAfter = null) : HabitPlan(context)
{
    public override PlantedRoutine Routine { get; } = new()
    {
        Id = id,
        Kind = SuggestionKind.TimeRoutine,
        Description = description,
        Effects = effects,
        Actor = context.Resident,
        At = at,
        Jitter = jitter,
        Days = days,
    };

    public override void PlantDay(DaySchedule day)
    {
        if (!days.Contains(day.Date.DayOfWeek) || Context.Chance(skip) || (limit is { } max && Occurrences.Count >= max))
            return;
        var time = Context.Local(day.Date, at.ToTimeSpan() + TimeSpan.FromMinutes(Context.Gaussian(jitter.TotalMinutes)));
        Writer.At(time, () =>
        {
            if (Writer.Mode != "home" || (limit is { } most && Occurrences.Count >= most))
                return;
            Occurrences.Add(Writer.Now);
            Context.Manually(Context.Resident, effects);
            if (back is not null)
                Context.RevertLater(backAfter?.Min ?? TimeSpan.FromMinutes(20), backAfter?.Max ?? TimeSpan.FromMinutes(150), effects[0], back);
        });
    }
}
