using AiotHub.Simulators.Fleet;

namespace AiotHub.Simulators.Cli;

/// <summary>What the command line asked for, after parsing and checking.</summary>
internal sealed record SimSettings(
    FleetOptions Fleet,
    IReadOnlyList<string> ProfilePaths,
    int Count,
    string? ScenarioPath,
    TimeSpan? Duration,
    TimeSpan StatsInterval,
    CredentialsFile? Credentials = null,
    string? PairingCode = null);
