using System.Text.Json;

namespace AiotHub.Simulators.Households;

/// <summary>
/// The habits planted into a household over its roles (a habit whose devices are missing is left out), with seeded
/// times and spreads, and the automations and scenes the household already has. The truth of the standard household:
/// two time routines on the bedside bulb (workdays about 07:00, weekends about 09:45: the same action, other times),
/// the coffee plug on a set of weekdays, the purifier every night, the curtain on weekend mornings; linkages front
/// door → hall light after sunset, kitchen motion → kitchen light in mode home (a pet moves while nobody is home),
/// TV playing → curtain closed; an evening scene set by hand; and a correction: the bathroom's motion light turned
/// off within a minute in daylight. Each is left out with probability <see cref="HouseholdOptions.LeaveOut"/> so households differ.
/// Decoys: a setting done three times only, and an existing scene set by hand.
/// </summary>
internal static class HouseholdCatalog
{
    private static readonly HashSet<DayOfWeek> Workdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly HashSet<DayOfWeek> Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];
    private static readonly HashSet<DayOfWeek> EveryDay = [.. Enum.GetValues<DayOfWeek>()];

    private static readonly HashSet<DayOfWeek>[] WeekdaySets =
    [
        [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
        [DayOfWeek.Tuesday, DayOfWeek.Thursday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday],
    ];

    public static (List<HabitPlan> Plans, List<JsonElement> Automations, List<JsonElement> Scenes) Build(HouseholdContext context)
    {
        var plans = Routines(context);
        var automations = new List<JsonElement>();
        var scenes = new List<JsonElement>();
        var layout = context.Layout;
        var routines = context.Options.Routines;
        bool Include() => routines && context.Random.NextDouble() >= context.Options.LeaveOut;
        var on = JsonValues.Of(true);
        var off = JsonValues.Of(false);
        if (layout.Has(DeviceRole.BathroomMotion, DeviceRole.BathroomLight))
        {
            var motion = layout[DeviceRole.BathroomMotion]!.Id;
            var light = layout[DeviceRole.BathroomLight]!.Id;
            automations.Add(Json($$$"""
                {"id": "bathroom-motion-light", "name": "Bathroom light on motion",
                 "triggers": [{"kind": "property", "deviceId": "{{{motion}}}", "property": "motion-sensor.motion-state", "to": true}],
                 "actions": [{"kind": "set", "deviceId": "{{{light}}}", "properties": {"light.on": true}}]}
                """));
            plans.Add(new AutomationPlan(context, "bathroom-motion-light", new PlantedTrigger(motion, "motion-sensor.motion-state", on),
                [new PlantedEffect(light, "light.on", on)], new PlantedEffect(light, "light.on", off), null, null, PlantedCondition.AfterSunset,
                Include() ? 0.85 : 0));
        }

        AddGoodNight(context, plans, automations, scenes);
        if (layout.Has(DeviceRole.StudyLamp, DeviceRole.StudyPlug))
        {
            var lamp = layout[DeviceRole.StudyLamp]!.Id;
            var plug = layout[DeviceRole.StudyPlug]!.Id;
            scenes.Add(Json($$$"""
                {"id": "study-focus", "name": "Study focus", "steps": [
                  {"deviceId": "{{{lamp}}}", "set": {"light.on": true, "light.brightness": 100, "light.color-temperature": 5000}},
                  {"deviceId": "{{{plug}}}", "set": {"switch.on": true}}]}
                """));
            if (routines)
            {
                plans.Add(new ScenePlan(context, "study-focus-by-hand", "the existing scene study-focus, set by hand (must not be suggested)",
                    [
                        new PlantedEffect(lamp, "light.on", on), new PlantedEffect(lamp, "light.brightness", JsonValues.Of(100L)),
                        new PlantedEffect(lamp, "light.color-temperature", JsonValues.Of(5000L)), new PlantedEffect(plug, "switch.on", on),
                    ], new TimeOnly(9, 0), new TimeOnly(21, 0), 0.35) { Expected = false });
            }
        }

        if (routines && layout.Has(DeviceRole.Vacuum))
        {
            plans.Add(new TimeRoutinePlan(context, "vacuum-turbo-three-saturdays", "vacuum set to turbo at 10:00 on three Saturdays only (below the minimum)",
                [new PlantedEffect(layout[DeviceRole.Vacuum]!.Id, "vacuum.fan-level", JsonValues.Of(3L))], new TimeOnly(10, 0), TimeSpan.FromMinutes(3),
                new HashSet<DayOfWeek> { DayOfWeek.Saturday }, 0, limit: 3) { Expected = false });
        }

        return (plans, automations, scenes);
    }

    /// <summary>The time routines, linkages and the hand-made scene, over whichever roles the layout has.</summary>
    public static List<HabitPlan> Routines(HouseholdContext context)
    {
        var plans = new List<HabitPlan>();
        var layout = context.Layout;
        var routines = context.Options.Routines;
        bool Include() => routines && context.Random.NextDouble() >= context.Options.LeaveOut;
        PlantedEffect Effect(DeviceRole role, string member, JsonElement value) => new(layout[role]!.Id, member, value);
        TimeOnly Around(int minutes, int spread) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes + (5 * context.Random.Next((spread / 5) + 1))));
        TimeSpan Jitter(double min, double max) => TimeSpan.FromMinutes(Math.Round(context.Uniform(min, max), 1));
        var on = JsonValues.Of(true);
        var off = JsonValues.Of(false);

        if (layout.Has(DeviceRole.BedroomBulb))
        {
            var effects = new[] { Effect(DeviceRole.BedroomBulb, "light.on", on), Effect(DeviceRole.BedroomBulb, "light.brightness", JsonValues.Of(20L * context.Random.Next(2, 5))) };
            var back = Effect(DeviceRole.BedroomBulb, "light.on", off);
            if (Include())
                plans.Add(new TimeRoutinePlan(context, "workday-bedside-light", "bedside bulb on at about 07:00 on workdays", effects, Around(410, 25), Jitter(4, 7), Workdays, 0.1, back));
            if (Include())
                plans.Add(new TimeRoutinePlan(context, "weekend-bedside-light", "bedside bulb on at about 09:45 at weekends", effects, Around(575, 25), Jitter(5, 8), Weekend, 0.12, back));
        }

        if (layout.Has(DeviceRole.CoffeePlug) && Include())
        {
            var days = WeekdaySets[context.Random.Next(WeekdaySets.Length)];
            plans.Add(new TimeRoutinePlan(context, "coffee-weekday-set", $"coffee plug on at about 07:05 on {string.Join(", ", days)}",
                [Effect(DeviceRole.CoffeePlug, "switch.on", on)], Around(415, 15), Jitter(3, 5), days, 0.08, Effect(DeviceRole.CoffeePlug, "switch.on", off)));
        }

        if (layout.Has(DeviceRole.Purifier) && Include())
        {
            plans.Add(new TimeRoutinePlan(context, "purifier-every-night", "purifier on in sleep mode at about 22:20 every day",
                [Effect(DeviceRole.Purifier, "air-purifier.on", on), Effect(DeviceRole.Purifier, "air-purifier.mode", JsonValues.Of(1L))],
                Around(1330, 20), Jitter(6, 9), EveryDay, 0.1, Effect(DeviceRole.Purifier, "air-purifier.on", off), backAfter: (TimeSpan.FromHours(8), TimeSpan.FromHours(11))));
        }

        if (layout.Has(DeviceRole.LivingCurtain) && Include())
        {
            plans.Add(new TimeRoutinePlan(context, "weekend-curtain", "living-room curtain opened at about 10:00 at weekends",
                [Effect(DeviceRole.LivingCurtain, "curtain.target-position", JsonValues.Of(100L))], Around(590, 20), Jitter(6, 10), Weekend, 0.15));
        }

        if (layout.Has(DeviceRole.FrontDoor, DeviceRole.HallLight) && Include())
        {
            var door = layout[DeviceRole.FrontDoor]!.Id;
            plans.Add(new LinkagePlan(context, "door-hall-light", "front door opened → hall light on, after sunset",
                [new PlantedTrigger(door, "magnet-sensor.contact-state", off), new PlantedTrigger(door, null, null, "magnet-sensor.opened")],
                [Effect(DeviceRole.HallLight, "light.on", on)], PlantedCondition.AfterSunset, 0.9, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20),
                Effect(DeviceRole.HallLight, "light.on", off), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(15)));
        }

        if (layout.Has(DeviceRole.KitchenMotion, DeviceRole.KitchenLight) && Include())
        {
            var motion = layout[DeviceRole.KitchenMotion]!.Id;
            plans.Add(new LinkagePlan(context, "kitchen-motion-light", "kitchen motion → kitchen light on, in mode home",
                [new PlantedTrigger(motion, "motion-sensor.motion-state", on), new PlantedTrigger(motion, null, null, "motion-sensor.motion-detected")],
                [Effect(DeviceRole.KitchenLight, "light.on", on)], PlantedCondition.InMode("home"), 0.85, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(25),
                Effect(DeviceRole.KitchenLight, "light.on", off), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(20)));
        }

        if (layout.Has(DeviceRole.Tv, DeviceRole.LivingCurtain) && Include())
        {
            var tv = layout[DeviceRole.Tv]!.Id;
            plans.Add(new LinkagePlan(context, "tv-curtain", "TV playing → living-room curtain closed",
                [new PlantedTrigger(tv, "television.playback-state", JsonValues.Of(1L)), new PlantedTrigger(tv, "television.on", on)],
                [Effect(DeviceRole.LivingCurtain, "curtain.target-position", JsonValues.Of(0L))], PlantedCondition.None, 0.85, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(90),
                Effect(DeviceRole.LivingCurtain, "curtain.target-position", JsonValues.Of(100L)), TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(180)));
        }

        if (layout.Has(DeviceRole.LivingLight, DeviceRole.Speaker) && Include())
        {
            var effects = new List<PlantedEffect>
            {
                Effect(DeviceRole.LivingLight, "light.on", on), Effect(DeviceRole.LivingLight, "light.brightness", JsonValues.Of(30L)),
                Effect(DeviceRole.LivingLight, "light.mode", JsonValues.Of(3L)), Effect(DeviceRole.Speaker, "speaker.volume", JsonValues.Of(25L)),
            };
            if (layout.Has(DeviceRole.LivingLamp))
                effects.AddRange([Effect(DeviceRole.LivingLamp, "light.on", on), Effect(DeviceRole.LivingLamp, "light.color-temperature", JsonValues.Of(2700L))]);
            plans.Add(new ScenePlan(context, "evening-scene", "every evening by hand: ceiling light dimmed in TV mode, floor lamp warm, speaker quieter",
                effects, new TimeOnly(19, 0), new TimeOnly(22, 0), 0.85));
        }

        return plans;
    }

    /// <summary>The existing scene "good-night" (what is on in the living room, hall and kitchen goes off; the curtain closes), run by an automation at 23:30.</summary>
    internal static void AddGoodNight(HouseholdContext context, List<HabitPlan> plans, List<JsonElement> automations, List<JsonElement> scenes)
    {
        var layout = context.Layout;
        var steps = new List<PlantedEffect>();
        foreach (var role in new[] { DeviceRole.LivingLight, DeviceRole.LivingLamp, DeviceRole.HallLight, DeviceRole.KitchenLight })
        {
            if (layout[role] is { } light)
                steps.Add(new PlantedEffect(light.Id, "light.on", JsonValues.Of(false)));
        }

        if (layout[DeviceRole.Tv] is { } tv)
            steps.Add(new PlantedEffect(tv.Id, "television.on", JsonValues.Of(false)));
        if (layout[DeviceRole.LivingCurtain] is { } curtain)
            steps.Add(new PlantedEffect(curtain.Id, "curtain.target-position", JsonValues.Of(0L)));
        if (steps.Count == 0)
            return;
        var body = string.Join(", ", steps.Select(s => $$$"""{"deviceId": "{{{s.DeviceId}}}", "set": {"{{{s.Member}}}": {{{s.Value.GetRawText()}}}}}"""));
        scenes.Add(Json($$$"""{"id": "good-night", "name": "Good night", "steps": [{{{body}}}]}"""));
        automations.Add(Json("""
            {"id": "good-night-at-half-past-eleven", "name": "Good night at 23:30",
             "triggers": [{"kind": "time", "at": "23:30"}],
             "actions": [{"kind": "scene", "sceneId": "good-night"}]}
            """));
        plans.Add(new ScheduledRunPlan(context, "good-night", new TimeOnly(23, 30), EveryDay, steps));
    }

    internal static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
