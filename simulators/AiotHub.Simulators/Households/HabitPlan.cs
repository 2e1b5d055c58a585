namespace AiotHub.Simulators.Households;

/// <summary>
/// A habit of the household planted into its history day by day: a routine of the truth, a decoy (a habit a miner
/// must not suggest), or the work of an existing automation. It counts its <see cref="Occurrences"/>.
/// </summary>
internal abstract class HabitPlan(HouseholdContext context)
{
    protected HouseholdContext Context => context;

    protected ActivityWriter Writer => context.Writer;

    /// <summary>The planted routine (without occurrences); null for an automation's work that is not a routine.</summary>
    public abstract PlantedRoutine? Routine { get; }

    /// <summary>Whether the routine is one a miner should find (given enough occurrences), or a decoy.</summary>
    public bool Expected { get; init; } = true;

    public List<DateTimeOffset> Occurrences { get; } = [];

    /// <summary>Called once before the first day: observers of the log are attached here.</summary>
    public virtual void Attach()
    {
    }

    public abstract void PlantDay(DaySchedule day);
}
