using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Households;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Gateway.Demo;

/// <summary>
/// The demo home's past: <see cref="Days"/> days of generated life (<see cref="DemoHousehold"/>, simulators/README.md
/// "Households") written into the activity log up to now, once — when the demo home has no activity yet — so the
/// Suggestions page has real suggestions at first start. Seeded, so every fresh demo has the same past relative to now.
/// </summary>
internal static class DemoHistory
{
    public const int Days = 28;
    public const int Seed = 16;

    /// <summary>Writes the history unless the home has activity; returns the number of entries written (0 when it had).</summary>
    public static int WriteOnce(ActivityStore store, SimulationScenario scenario, IReadOnlyCollection<DeviceProfile> profiles, DateTimeOffset now,
        TimeZoneInfo timeZone, double latitude, double longitude)
    {
        if (store.HasAny(DeviceRegistry.DefaultHomeId))
            return 0;
        var household = DemoHousehold.Generate(scenario, profiles, new HouseholdOptions
        {
            Seed = Seed,
            HomeId = DeviceRegistry.DefaultHomeId,
            End = now,
            Days = Days,
            TimeZone = timeZone,
            Latitude = latitude,
            Longitude = longitude,
            LeaveOut = 0,
        });
        store.Append(household.History);
        return household.History.Count;
    }
}
