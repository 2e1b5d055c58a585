namespace AiotHub.Simulators.Households;

/// <summary>
/// The condition that makes a planted linkage hold: after sunset (until sunrise), the home in <see cref="Mode"/>, or
/// between <see cref="After"/> and <see cref="Before"/> (local time of day).
/// </summary>
public sealed record PlantedCondition(PlantedConditionKind Kind, string? Mode = null, TimeOnly? After = null, TimeOnly? Before = null)
{
    public static readonly PlantedCondition None = new(PlantedConditionKind.None);

    public static readonly PlantedCondition AfterSunset = new(PlantedConditionKind.AfterSunset);

    public static PlantedCondition InMode(string mode) => new(PlantedConditionKind.Mode, Mode: mode);

    public override string ToString() => Kind switch
    {
        PlantedConditionKind.AfterSunset => "after sunset",
        PlantedConditionKind.Mode => $"mode {Mode}",
        PlantedConditionKind.TimeWindow => $"{After:HH\\:mm}–{Before:HH\\:mm}",
        _ => "always",
    };
}
