using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>
/// After the first of <see cref="PlantedRoutine.Triggers"/> is reported (a Changed or an event from the device), when
/// <see cref="PlantedRoutine.Condition"/> holds and the first effect is not already in place, a person sets the
/// effects within a short delay with probability <c>probability</c>; a random while later the first effect is set
/// back (<c>back</c>), unless something else did it first.
/// </summary>
internal sealed class LinkagePlan(
    HouseholdContext context, string id, string description, IReadOnlyList<PlantedTrigger> triggers, IReadOnlyList<PlantedEffect> effects,
    PlantedCondition condition, double probability, TimeSpan minDelay, TimeSpan maxDelay, PlantedEffect back, TimeSpan minBack, TimeSpan maxBack)
    : HabitPlan(context)
{
    public override PlantedRoutine Routine { get; } = new()
    {
        Id = id,
        Kind = SuggestionKind.Linkage,
        Description = description,
        Effects = effects,
        Actor = context.Resident,
        Triggers = triggers,
        Within = maxDelay,
        Condition = condition,
    };

    public override void Attach()
    {
        var trigger = triggers[0];
        Writer.Observe(entry =>
        {
            if (entry.Source != ActivitySource.Device || entry.DeviceId != trigger.DeviceId)
                return;
            var fired = trigger.Event is not null
                ? entry.Kind == ActivityKind.Event && entry.Member == trigger.Event
                : entry.Kind == ActivityKind.Changed && entry.Member == trigger.Member && entry.Value?.GetRawText() == trigger.Value?.GetRawText();
            if (!fired || !Writer.SomeoneHome || !Holds(entry.Time) || Writer.Is(effects[0].DeviceId, effects[0].Member, effects[0].Value) || !Context.Chance(probability))
                return;
            Writer.At(entry.Time + TimeSpan.FromTicks((long)Context.Uniform(minDelay.Ticks, maxDelay.Ticks)), () =>
            {
                if (Writer.Is(effects[0].DeviceId, effects[0].Member, effects[0].Value))
                    return;
                Occurrences.Add(Writer.Now);
                Context.Manually(Context.Resident, effects);
                Context.RevertLater(minBack, maxBack, effects[0], back);
            });
        });
    }

    public override void PlantDay(DaySchedule day)
    {
    }

    private bool Holds(DateTimeOffset time) => condition.Kind switch
    {
        PlantedConditionKind.AfterSunset => Writer.IsDark(time),
        PlantedConditionKind.Mode => Writer.Mode == condition.Mode,
        PlantedConditionKind.TimeWindow => InWindow(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Writer.TimeZone).DateTime)),
        _ => true,
    };

    private bool InWindow(TimeOnly time) =>
        condition.After <= condition.Before ? time >= condition.After && time < condition.Before : time >= condition.After || time < condition.Before;
}
