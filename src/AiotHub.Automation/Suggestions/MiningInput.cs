using System.Text.Json;
using AiotHub.Core.Activity;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Everything one mining pass over one home reads: the home's activity log in the window (<see cref="History"/>,
/// oldest first), its devices, its existing automations (definitions as the API returns them) and scenes (a suggestion
/// never repeats one), and the keys of suggestions dismissed for good. Times of day and weekdays are read in
/// <see cref="TimeZone"/>; sun conditions need <see cref="Latitude"/> and <see cref="Longitude"/> (null: none are suggested).
/// </summary>
public sealed record MiningInput(
    string HomeId,
    DateTimeOffset Now,
    TimeZoneInfo TimeZone,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<ActivityEntry> History,
    IReadOnlyList<MiningDevice> Devices,
    IReadOnlyList<JsonElement> Automations,
    IReadOnlyList<JsonElement> Scenes,
    IReadOnlySet<string> Dismissed);
