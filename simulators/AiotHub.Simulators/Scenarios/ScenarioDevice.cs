namespace AiotHub.Simulators.Scenarios;

/// <summary>One device of a scenario: its id (the MQTT client id), its model, a display name and its room.</summary>
public sealed record ScenarioDevice(string Id, string Model, string? Name, string Room);
