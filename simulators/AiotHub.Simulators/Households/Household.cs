using System.Text.Json;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>
/// A generated household: its devices, its existing automations and scenes (as the API returns them), its activity
/// log from <see cref="From"/> to <see cref="End"/> (oldest first, ids 1, 2, 3 …), and the planted truth:
/// <see cref="Truth"/> are the routines a miner should suggest; <see cref="Decoys"/> are habits it must not (done
/// fewer times than the minimum, or repeating an existing scene or automation).
/// </summary>
public sealed record Household(
    string HomeId,
    int Seed,
    DateTimeOffset From,
    DateTimeOffset End,
    TimeZoneInfo TimeZone,
    double Latitude,
    double Longitude,
    IReadOnlyList<HouseholdDevice> Devices,
    IReadOnlyList<JsonElement> Automations,
    IReadOnlyList<JsonElement> Scenes,
    IReadOnlyList<ActivityEntry> History,
    IReadOnlyList<PlantedRoutine> Truth,
    IReadOnlyList<PlantedRoutine> Decoys)
{
    /// <summary>The devices as the miner sees them.</summary>
    public IReadOnlyList<MiningDevice> MiningDevices =>
        [.. Devices.Select(d => new MiningDevice(d.Id, d.Name, d.RoomId, d.RoomName, d.Profile))];

    /// <summary>The miner's input for this household at <see cref="End"/> (nothing dismissed).</summary>
    public MiningInput ToMiningInput(IReadOnlySet<string>? dismissed = null) =>
        new(HomeId, End, TimeZone, Latitude, Longitude, History, MiningDevices, Automations, Scenes, dismissed ?? new HashSet<string>());
}
