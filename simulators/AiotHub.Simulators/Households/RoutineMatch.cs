using AiotHub.Automation.Suggestions;

namespace AiotHub.Simulators.Households;

/// <summary>A suggestion that found a planted routine.</summary>
public sealed record RoutineMatch(PlantedRoutine Routine, Suggestion Suggestion);
