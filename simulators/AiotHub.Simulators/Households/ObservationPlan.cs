using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>
/// What the home reports whatever the routines: the mode (home, away, sleep) as the residents come and go, the front
/// door, motion in every room (a pet's while nobody is home), the TV's sessions (a person turns it on, it reports
/// playing, pauses, stops), temperatures and light levels, now and then a device offline, and the living-room curtain
/// opened some time in the morning on workdays.
/// </summary>
internal sealed class ObservationPlan(HouseholdContext context) : HabitPlan(context)
{
    private const string Motion = "motion-sensor.motion-state";

    public override PlantedRoutine? Routine => null;

    public override void PlantDay(DaySchedule day)
    {
        var layout = Context.Layout;
        At(day.Wake, () => Writer.SetMode("home"));
        At(day.Bed, () => Writer.SetMode("sleep"));
        if (day.Leave is { } leave && day.Return is { } back)
        {
            At(leave, () => Writer.SetMode("away"));
            Door(leave - Context.Seconds(20, 60));
            // Someone is in as the key turns (the linkages answer the door); the hub sets mode home a little later,
            // when it sees them (a phone on the Wi-Fi), so the mode change never comes just before their actions.
            At(back, () => Writer.Arrived = Writer.Now);
            Door(back);
            At(back + Context.Seconds(30, 120), () => Writer.SetMode("home"));
        }

        foreach (var (from, to) in day.AwakeAtHome)
        {
            for (var time = from + Exponential(1 / 0.25); time < to; time += Exponential(1 / 0.25))
                Door(time);
        }

        foreach (var device in layout.Devices.Where(d => d.Profile.FindProperty("motion-sensor", "motion-state") is not null))
            PlantMotion(day, device.Id, MotionRate(device.Id));

        foreach (var device in layout.Devices)
        {
            if (device.Profile.FindProperty("environment", "temperature") is { CanWrite: false } && device.Profile.Model == "aiot.sensor.th1")
                PlantClimate(day, device.Id);
            if (device.Profile.FindProperty("motion-sensor", "illumination") is not null)
                PlantIllumination(day, device.Id);
        }

        if (layout[DeviceRole.Tv] is { } tv)
            PlantTv(day, tv.Id);
        if (layout[DeviceRole.LivingCurtain] is { } curtain && day.Workday)
        {
            At(day.Wake + Context.Minutes(10, 100), () =>
            {
                if (Writer.Mode == "home")
                    Writer.Person(Context.AnyResident(), ActivitySource.App, curtain.Id, "curtain.target-position", JsonValues.Of(100L));
            });
        }

        if (Context.Chance(0.08))
        {
            var device = layout.Devices[Context.Random.Next(layout.Devices.Count)];
            var time = Context.Local(day.Date, Context.Minutes(0, 1440));
            At(time, () => Writer.Availability(device.Id, false));
            At(time + Context.Minutes(2, 60), () => Writer.Availability(device.Id, true));
        }
    }

    private double MotionRate(string deviceId)
    {
        var layout = Context.Layout;
        if (layout[DeviceRole.LivingMotion]?.Id == deviceId || layout[DeviceRole.KitchenMotion]?.Id == deviceId)
            return 2.0;
        return layout[DeviceRole.HallMotion]?.Id == deviceId ? 1.2 : 0.8;
    }

    /// <summary>Bursts of motion: 20 s to 2 min each, at this rate per hour when people are in and awake, rarely at night, a pet's while away.</summary>
    private void PlantMotion(DaySchedule day, string deviceId, double ratePerHour)
    {
        var start = Context.Local(day.Date, TimeSpan.Zero);
        var end = Context.Local(day.Date.AddDays(1), TimeSpan.Zero);
        var pet = Context.Layout[DeviceRole.KitchenMotion]?.Id == deviceId || Context.Layout[DeviceRole.LivingMotion]?.Id == deviceId;
        for (var time = start; time < end;)
        {
            var slot = time;
            time += TimeSpan.FromMinutes(20);
            var rate = InAwake(day, slot) ? ratePerHour : IsAway(day, slot) ? (pet ? 0.9 : 0) : 0.3;
            if (!Context.Chance(rate / 3))
                continue;
            var onset = slot + Context.Minutes(0, 20);
            At(onset, () =>
            {
                Writer.Report(deviceId, Motion, JsonValues.Of(true));
                Writer.Event(deviceId, "motion-sensor.motion-detected");
            });
            At(onset + Context.Seconds(20, 120), () =>
            {
                Writer.Report(deviceId, Motion, JsonValues.Of(false));
                Writer.Event(deviceId, "motion-sensor.no-motion");
            });
        }
    }

    private void PlantClimate(DaySchedule day, string deviceId)
    {
        var baseline = 21 + (3 * Math.Sin(day.Date.DayOfYear / 58.0));
        for (var hour = 0; hour < 24; hour++)
        {
            var value = Math.Round(baseline + (1.5 * Math.Sin((hour - 9) / 24.0 * 2 * Math.PI)) + Context.Gaussian(0.2), 1);
            At(Context.Local(day.Date, TimeSpan.FromHours(hour) + Context.Minutes(0, 5)), () => Writer.Report(deviceId, "environment.temperature", JsonValues.Of(value)));
        }
    }

    private void PlantIllumination(DaySchedule day, string deviceId)
    {
        for (var hour = 0; hour < 24; hour += 2)
        {
            var time = Context.Local(day.Date, TimeSpan.FromHours(hour) + Context.Minutes(0, 10));
            At(time, () => Writer.Report(deviceId, "motion-sensor.illumination", JsonValues.Of(Writer.IsDark(time) ? (long)Context.Uniform(0, 5) : (long)Context.Uniform(200, 900))));
        }
    }

    /// <summary>An evening session on most days, an afternoon one on some weekends: on, playing, maybe a pause, stopped, off.</summary>
    private void PlantTv(DaySchedule day, string tvId)
    {
        var sessions = new List<DateTimeOffset>();
        if (Context.Chance(0.7))
            sessions.Add(Context.Local(day.Date, Context.Minutes(19 * 60, (21 * 60) + 30)));
        if (day.Weekend && Context.Chance(0.4))
            sessions.Add(Context.Local(day.Date, Context.Minutes(13 * 60, 16 * 60)));
        foreach (var start in sessions)
        {
            var playing = start + Context.Seconds(15, 60);
            var end = playing + Context.Minutes(40, 150);
            var paused = Context.Chance(0.4) ? playing + Context.Minutes(10, 30) : (DateTimeOffset?)null;
            At(start, () =>
            {
                if (Writer.Mode != "home")
                    return;
                Writer.Person(Context.AnyResident(), Context.ManualSource("television.on"), tvId, "television.on", JsonValues.Of(true));
                At(playing, () => Writer.Report(tvId, "television.playback-state", JsonValues.Of(1L)));
                if (paused is { } pause)
                {
                    At(pause, () => Writer.Report(tvId, "television.playback-state", JsonValues.Of(2L)));
                    At(pause + Context.Minutes(1, 6), () => Writer.Report(tvId, "television.playback-state", JsonValues.Of(1L)));
                }

                At(end, () =>
                {
                    Writer.Report(tvId, "television.playback-state", JsonValues.Of(0L));
                    Writer.Person(Context.AnyResident(), Context.ManualSource("television.on"), tvId, "television.on", JsonValues.Of(false));
                });
            });
        }
    }

    private void Door(DateTimeOffset time)
    {
        var door = Context.Layout[DeviceRole.FrontDoor];
        if (door is null)
            return;
        At(time, () =>
        {
            // contact-state is true while the magnet is near: the door closed (aiot.sensor.contact1).
            Writer.Report(door.Id, "magnet-sensor.contact-state", JsonValues.Of(false));
            Writer.Event(door.Id, "magnet-sensor.opened");
        });
        At(time + Context.Seconds(5, 40), () =>
        {
            Writer.Report(door.Id, "magnet-sensor.contact-state", JsonValues.Of(true));
            Writer.Event(door.Id, "magnet-sensor.closed");
        });
    }

    private static bool InAwake(DaySchedule day, DateTimeOffset time) => day.AwakeAtHome.Any(i => time >= i.From && time < i.To);

    private static bool IsAway(DaySchedule day, DateTimeOffset time) => day.Leave is { } leave && day.Return is { } back && time >= leave && time < back;

    private TimeSpan Exponential(double meanHours) => TimeSpan.FromHours(-Math.Log(1 - Context.Random.NextDouble()) * meanHours);

    private void At(DateTimeOffset time, Action happening) => Writer.At(time, happening);
}
