using System.Diagnostics.CodeAnalysis;

namespace AiotHub.Simulators.Scenarios;

/// <summary>Either a scenario or every problem found, each as "JSON path: message".</summary>
public sealed record ScenarioParseResult(SimulationScenario? Scenario, IReadOnlyList<string> Errors)
{
    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool IsValid => Scenario is not null;
}
