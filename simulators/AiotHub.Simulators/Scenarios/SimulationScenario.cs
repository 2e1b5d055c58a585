namespace AiotHub.Simulators.Scenarios;

/// <summary>A home to simulate (rooms holding named devices) and a timeline of things that happen in it.</summary>
public sealed record SimulationScenario(
    string Name,
    IReadOnlyList<ScenarioRoom> Rooms,
    IReadOnlyList<ScenarioStep> Timeline,
    TimeSpan? Loop = null)
{
    public IEnumerable<ScenarioDevice> Devices => Rooms.SelectMany(r => r.Devices);

    /// <summary>Firmware-update faults and settings for every device (a device's own <see cref="ScenarioDevice.Ota"/> wins).</summary>
    public ScenarioOta? Ota { get; init; }
}
