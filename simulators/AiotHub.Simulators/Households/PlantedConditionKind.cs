namespace AiotHub.Simulators.Households;

/// <summary>When a planted linkage holds (docs/suggestions.md): always, only after dark, only in a home mode, only in a time window.</summary>
public enum PlantedConditionKind
{
    None,
    AfterSunset,
    Mode,
    TimeWindow,
}
