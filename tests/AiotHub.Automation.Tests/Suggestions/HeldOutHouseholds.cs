using AiotHub.Automation.Suggestions;
using AiotHub.Core.Tests.Devices;
using AiotHub.Core.Tests.Profiles;
using AiotHub.Simulators.Households;

namespace AiotHub.Automation.Tests.Suggestions;

/// <summary>
/// The households the evaluation reports on, generated once and mined once: seeds 1–8 with routines and 1–4 pure
/// noise. The miner was tuned on seeds 101–120 only (docs/suggestions.md "How it was tuned"), so these are held out.
/// </summary>
public sealed class HeldOutHouseholds
{
    public static readonly DateTimeOffset End = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public HeldOutHouseholds()
    {
        var catalog = TestRegistry.Catalog();
        var profiles = Directory.GetFiles(RepositoryFiles.DeviceProfiles, "*.json").Order(StringComparer.Ordinal)
            .Select(f => catalog.Find(Path.GetFileNameWithoutExtension(f))!).ToList();
        Routines = [.. Enumerable.Range(1, 8).Select(seed => Mined(HouseholdGenerator.Generate(new HouseholdOptions { Seed = seed, End = End }, profiles)))];
        Noise = [.. Enumerable.Range(1, 4).Select(seed => Mined(HouseholdGenerator.Generate(new HouseholdOptions { Seed = seed, End = End, Routines = false }, profiles)))];
    }

    public IReadOnlyList<(Household Household, IReadOnlyList<Suggestion> Suggestions)> Routines { get; }

    public IReadOnlyList<(Household Household, IReadOnlyList<Suggestion> Suggestions)> Noise { get; }

    private static (Household, IReadOnlyList<Suggestion>) Mined(Household household) => (household, RoutineMiner.Mine(household.ToMiningInput()));
}
