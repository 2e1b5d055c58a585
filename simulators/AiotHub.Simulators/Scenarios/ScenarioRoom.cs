namespace AiotHub.Simulators.Scenarios;

public sealed record ScenarioRoom(string Name, IReadOnlyList<ScenarioDevice> Devices);
