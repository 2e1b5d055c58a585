namespace AiotHub.Simulators.Scenarios;

/// <summary>One device of a scenario: its id (the MQTT client id), its model, a display name and its room.</summary>
public sealed record ScenarioDevice(string Id, string Model, string? Name, string Room)
{
    /// <summary>The firmware it starts with (the fleet's when null).</summary>
    public string? Firmware { get; init; }

    /// <summary>Its own firmware-update settings, over the scenario's.</summary>
    public ScenarioOta? Ota { get; init; }
}
