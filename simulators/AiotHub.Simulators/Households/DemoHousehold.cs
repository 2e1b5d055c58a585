using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Households;

/// <summary>
/// The history of the demo home (simulators/scenarios/home.json) that `--demo` starts with: its residents' life over
/// its own devices, with its own automations and scenes at work (src/AiotHub.Gateway/Demo), and routines a miner can
/// find in a few weeks: the bedside bulb on workday mornings and weekend mornings, the kettle on a weekday set, the
/// purifier every night, the curtain on weekend mornings, the front door → the ceiling light after sunset, the TV
/// playing → the curtain closed, and people switching off what the automation
/// motion-night-light turned on in the evening while they are still up (kept at night, in mode sleep).
/// </summary>
public static class DemoHousehold
{
    private static readonly Dictionary<string, DeviceRole[]> Roles = new(StringComparer.Ordinal)
    {
        ["living-ceiling-light"] = [DeviceRole.LivingLight, DeviceRole.HallLight],
        ["living-tv"] = [DeviceRole.Tv],
        ["living-tv-box"] = [DeviceRole.TvBox],
        ["living-speaker"] = [DeviceRole.Speaker],
        ["living-curtain"] = [DeviceRole.LivingCurtain],
        ["living-ac"] = [DeviceRole.AirConditioner],
        ["living-motion"] = [DeviceRole.LivingMotion],
        ["living-wall-switch"] = [DeviceRole.WallSwitch],
        ["bedroom-bulb"] = [DeviceRole.BedroomBulb],
        ["bedroom-climate"] = [DeviceRole.BedroomClimate],
        ["bedroom-purifier"] = [DeviceRole.Purifier],
        ["kitchen-kettle-plug"] = [DeviceRole.CoffeePlug],
        ["kitchen-vacuum"] = [DeviceRole.Vacuum],
        ["front-door"] = [DeviceRole.FrontDoor],
    };

    /// <summary>The demo home's history (<paramref name="options"/> say when, where and how long; Devices is ignored).</summary>
    public static Household Generate(SimulationScenario scenario, IReadOnlyCollection<DeviceProfile> profiles, HouseholdOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(options);
        var byModel = profiles.GroupBy(p => p.Model, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Version)!, StringComparer.Ordinal);
        var devices = scenario.Devices.Where(d => byModel.ContainsKey(d.Model))
            .Select(d => new HouseholdDevice(d.Id, d.Name ?? d.Id, HouseholdLayout.RoomId(d.Room), d.Room, byModel[d.Model]))
            .ToList();
        var roles = new Dictionary<DeviceRole, string>();
        foreach (var device in devices)
        {
            foreach (var role in Roles.GetValueOrDefault(device.Id) ?? [])
                roles[role] = device.Id;
        }

        return HouseholdGenerator.Generate(options, new HouseholdLayout(devices, roles), Catalog);
    }

    private static (List<HabitPlan> Plans, List<JsonElement> Automations, List<JsonElement> Scenes) Catalog(HouseholdContext context)
    {
        // The ceiling light is the demo's only light in the living room and hall: without the evening scene on it, the
        // front door's linkage (the light turned on as people come in after dark) stands out.
        var plans = HouseholdCatalog.Routines(context);
        plans.RemoveAll(p => p.Routine?.Id == "evening-scene");
        var layout = context.Layout;
        if (layout[DeviceRole.LivingMotion] is { } motion && layout[DeviceRole.LivingLight] is { } light)
        {
            // The demo's motion-night-light (DemoAutomations): motion from 20:00 to 07:00 → the ceiling light at 20% in Night mode.
            var on = JsonValues.Of(true);
            plans.Add(new AutomationPlan(context, "motion-night-light", new PlantedTrigger(motion.Id, "motion-sensor.motion-state", on),
                [new PlantedEffect(light.Id, "light.on", on), new PlantedEffect(light.Id, "light.brightness", JsonValues.Of(20L)), new PlantedEffect(light.Id, "light.mode", JsonValues.Of(1L))],
                new PlantedEffect(light.Id, "light.on", JsonValues.Of(false)), new TimeOnly(20, 0), new TimeOnly(7, 0), PlantedCondition.InMode("sleep"),
                context.Options.Routines ? 0.8 : 0));
        }

        // The demo's good-night-weekdays: the scene good-night at 23:00 from Monday to Friday (DemoScenes' steps that set properties).
        var goodNight = new List<PlantedEffect>();
        void Step(DeviceRole role, string member, JsonElement value)
        {
            if (layout[role] is { } device)
                goodNight.Add(new PlantedEffect(device.Id, member, value));
        }

        Step(DeviceRole.LivingLight, "light.on", JsonValues.Of(false));
        Step(DeviceRole.Tv, "television.on", JsonValues.Of(false));
        Step(DeviceRole.AirConditioner, "air-conditioner.on", JsonValues.Of(false));
        Step(DeviceRole.LivingCurtain, "curtain.target-position", JsonValues.Of(0L));
        Step(DeviceRole.BedroomBulb, "light.on", JsonValues.Of(true));
        Step(DeviceRole.BedroomBulb, "light.brightness", JsonValues.Of(10L));
        Step(DeviceRole.Purifier, "air-purifier.on", JsonValues.Of(true));
        Step(DeviceRole.Purifier, "air-purifier.mode", JsonValues.Of(1L));
        if (goodNight.Count > 0)
        {
            plans.Add(new ScheduledRunPlan(context, "good-night", new TimeOnly(23, 0),
                new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, goodNight));
        }

        return (plans, [], []);
    }
}
