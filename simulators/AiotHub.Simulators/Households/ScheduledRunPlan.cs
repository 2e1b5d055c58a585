using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>An existing time-triggered automation that runs a scene: the scene's sets, exactly on time (never evidence).</summary>
internal sealed class ScheduledRunPlan(HouseholdContext context, string sceneId, TimeOnly at, IReadOnlySet<DayOfWeek> days, IReadOnlyList<PlantedEffect> effects)
    : HabitPlan(context)
{
    public override PlantedRoutine? Routine => null;

    public override void PlantDay(DaySchedule day)
    {
        if (days.Contains(day.Date.DayOfWeek))
            Writer.At(Context.Local(day.Date, at.ToTimeSpan()), () => Writer.Run(ActivitySource.Scene, sceneId, effects));
    }
}
