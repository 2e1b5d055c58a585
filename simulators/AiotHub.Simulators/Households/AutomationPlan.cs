using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>
/// The work of an existing automation "trigger → set effects" (a property trigger, an optional time window of its own):
/// it sets the effects a second after the trigger. With <c>undo</c> &gt; 0 people undo it within a minute unless
/// <c>keep</c> holds (the light it turns on in daylight): a correction of the truth. Otherwise, or when kept, someone
/// sets <c>back</c> minutes later.
/// </summary>
internal sealed class AutomationPlan(
    HouseholdContext context, string automationId, PlantedTrigger trigger, IReadOnlyList<PlantedEffect> effects, PlantedEffect back,
    TimeOnly? after, TimeOnly? before, PlantedCondition keep, double undo) : HabitPlan(context)
{
    public override PlantedRoutine? Routine { get; } = undo <= 0 ? null : new()
    {
        Id = automationId + "-correction",
        Kind = SuggestionKind.Correction,
        Description = $"people undo {automationId} within a minute unless {keep}",
        Effects = effects,
        Actor = context.Resident,
        Condition = keep,
        AutomationId = automationId,
        Within = TimeSpan.FromMinutes(1),
    };

    public override void Attach()
    {
        Writer.Observe(entry =>
        {
            if (entry.Source != ActivitySource.Device || entry.Kind != ActivityKind.Changed || entry.DeviceId != trigger.DeviceId
                || entry.Member != trigger.Member || entry.Value?.GetRawText() != trigger.Value?.GetRawText() || !InWindow(entry.Time))
                return;
            Writer.At(entry.Time + TimeSpan.FromSeconds(1), () =>
            {
                var changes = !Writer.Is(effects[0].DeviceId, effects[0].Member, effects[0].Value);
                Writer.Run(ActivitySource.Automation, automationId, effects);
                if (!changes || Writer.Mode == "away")
                    return;
                if (undo > 0 && !Keeps(Writer.Now) && Context.Chance(undo))
                {
                    Writer.At(Writer.Now + Context.Seconds(8, 45), () =>
                    {
                        Occurrences.Add(Writer.Now);
                        Writer.Person(Context.Resident, Context.ManualSource(back.Member), back.DeviceId, back.Member, back.Value);
                    });
                    return;
                }

                Context.RevertLater(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(20), effects[0], back);
            });
        });
    }

    public override void PlantDay(DaySchedule day)
    {
    }

    private bool Keeps(DateTimeOffset time) => keep.Kind switch
    {
        PlantedConditionKind.AfterSunset => Writer.IsDark(time),
        PlantedConditionKind.Mode => Writer.Mode == keep.Mode,
        _ => true,
    };

    private bool InWindow(DateTimeOffset time)
    {
        if (after is not { } from || before is not { } to)
            return true;
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Writer.TimeZone).DateTime);
        return from <= to ? local >= from && local < to : local >= from || local < to;
    }
}
