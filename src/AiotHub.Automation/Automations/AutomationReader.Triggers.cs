using System.Text.Json;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Schedules;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public static partial class AutomationReader
{
    private const string TriggerKinds = "property, tv, event, availability, time, schedule, sun, mode, manual, webhook";
    private const string WaitTriggerKinds = "property, tv, event, availability, mode";
    private const int MinHookIdLength = 16;
    private const int MaxHookIdLength = 128;
    private static readonly string[] TvMembers = ["playback", "app", "input"];

    private static AutomationTrigger? ReadTrigger(JsonElement element, string path, AutomationReadState state, bool inWait)
    {
        if (ReadKind(element, path, state, "a trigger", inWait ? WaitTriggerKinds : TriggerKinds) is not { } kind)
            return null;
        if (inWait && kind is "time" or "schedule" or "sun" or "webhook" or "manual")
        {
            state.Errors.Add(new ProfileError(path + ".kind", $"a wait cannot wait for a {kind} trigger; it waits for one of {WaitTriggerKinds}"));
            return null;
        }

        var before = state.Errors.Count;
        AutomationTrigger? trigger = kind switch
        {
            "property" => ReadPropertyTrigger(element, path, state),
            "tv" => ReadTvTrigger(element, path, state),
            "event" => ReadEventTrigger(element, path, state),
            "availability" => ReadAvailabilityTrigger(element, path, state),
            "time" => ReadTimeTrigger(element, path, state),
            "schedule" => ReadScheduleTrigger(element, path, state),
            "sun" => ReadSunTrigger(element, path, state),
            "mode" => ReadModeTrigger(element, path, state),
            "manual" => new ManualTrigger(path, TriggerId(new AutomationFields(element, path, state.Errors, "a manual trigger", "kind", "id"))),
            "webhook" => ReadWebhookTrigger(element, path, state),
            _ => Unknown(path, state, $"unknown trigger kind '{kind}'; expected one of {TriggerKinds}"),
        };
        return state.Errors.Count > before ? null : trigger;
    }

    private static AutomationTrigger? Unknown(string path, AutomationReadState state, string message)
    {
        state.Errors.Add(new ProfileError(path + ".kind", message));
        return null;
    }

    private static string? TriggerId(AutomationFields fields) => fields.Text("id", false, 64);

    private static PropertyTrigger? ReadPropertyTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a property trigger", "kind", "id", "deviceId", "property", "from", "to", "above", "below", "for");
        var id = TriggerId(f);
        var deviceId = f.Text("deviceId", true, 64);
        var property = f.Text("property", true, 128);
        var from = f.Scalar("from");
        var to = f.Scalar("to");
        var (above, below) = Range(f);
        var duration = f.Duration("for");
        return new PropertyTrigger(path, id, deviceId!, property!, from, to, above, below, duration);
    }

    /// <summary>The OTT trigger: one of playback/app/input, read into a property trigger the validator maps through the TV's profile.</summary>
    private static PropertyTrigger? ReadTvTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a tv trigger", "kind", "id", "deviceId", "playback", "app", "input", "from", "for");
        var id = TriggerId(f);
        var deviceId = f.Text("deviceId", true, 64);
        var given = TvMembers.Where(f.Has).ToList();
        if (given.Count != 1)
        {
            f.Error(path, "a tv trigger has exactly one of playback, app or input");
            return null;
        }

        var (member, property) = given[0] switch
        {
            "playback" => ("playback", TvProperties.PlaybackState),
            "app" => ("app", TvProperties.CurrentApp),
            _ => ("input", TvProperties.InputSource),
        };
        var to = member == "playback" ? f.Choice(member, true, TvProperties.PlaybackStates) : f.Text(member, true);
        var from = member == "playback" ? f.Choice("from", false, TvProperties.PlaybackStates) : f.Text("from", false);
        var duration = f.Duration("for");
        return new PropertyTrigger(
            path, id, deviceId!, property,
            from is null ? null : AutomationValues.String(from),
            to is null ? null : AutomationValues.String(to),
            null, null, duration, TvProperties.Label);
    }

    private static EventTrigger? ReadEventTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "an event trigger", "kind", "id", "deviceId", "event", "arguments");
        return new EventTrigger(path, TriggerId(f), f.Text("deviceId", true, 64)!, f.Text("event", true, 128)!, f.Object("arguments"));
    }

    private static AvailabilityTrigger? ReadAvailabilityTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "an availability trigger", "kind", "id", "deviceId", "to", "for");
        var id = TriggerId(f);
        var deviceId = f.Text("deviceId", true, 64);
        var to = Availability(f.Choice("to", false, "online", "offline"));
        return new AvailabilityTrigger(path, id, deviceId!, to, f.Duration("for"));
    }

    private static TimeTrigger? ReadTimeTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a time trigger", "kind", "id", "at", "weekdays");
        var id = TriggerId(f);
        var times = new List<TimeOnly>();
        if (!element.TryGetProperty("at", out var at) || at.ValueKind == JsonValueKind.Null)
            f.Error(f.Member("at"), "required: a time of day \"07:30\" or a list of them");
        else if (at.ValueKind == JsonValueKind.Array)
        {
            if (f.Array("at", true) is { } list)
            {
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var itemPath = JsonPath.Index(f.Member("at"), index++);
                    if (f.ReadTime(item, itemPath) is not { } time)
                        continue;
                    if (times.Contains(time))
                        f.Error(itemPath, "the same time twice");
                    else
                        times.Add(time);
                }
            }
        }
        else if (f.ReadTime(at, f.Member("at")) is { } single)
            times.Add(single);

        if (ShortestGap(times) is { } gap && gap < state.Limits.MinScheduleInterval)
            f.Error(f.Member("at"), TooFrequent(gap, state.Limits));
        return new TimeTrigger(path, id, times, f.Weekdays());
    }

    /// <summary>The shortest time between two of the times, around the clock (one time fires once a day).</summary>
    private static TimeSpan? ShortestGap(List<TimeOnly> times)
    {
        if (times.Count < 2)
            return null;
        var sorted = times.Order().ToList();
        var gap = TimeSpan.FromDays(1) - (sorted[^1] - sorted[0]);
        for (var i = 1; i < sorted.Count; i++)
            gap = TimeSpan.FromTicks(Math.Min(gap.Ticks, (sorted[i] - sorted[i - 1]).Ticks));
        return gap;
    }

    private static string TooFrequent(TimeSpan gap, AutomationLimits limits) =>
        $"fires too often: every {Engine.Durations.Text(gap)} at the shortest; {AutomationLimits.Key(nameof(AutomationLimits.MinScheduleInterval))} allows once per {Engine.Durations.Text(limits.MinScheduleInterval)} at most";

    private static ScheduleTrigger? ReadScheduleTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a schedule trigger", "kind", "id", "cron");
        var id = TriggerId(f);
        if (f.Text("cron", true, 200) is not { } cron)
            return null;
        if (!CronSchedule.TryParse(cron, out var schedule, out var error))
        {
            f.Error(f.Member("cron"), error);
            return null;
        }

        if (schedule.ShortestInterval < state.Limits.MinScheduleInterval)
        {
            f.Error(f.Member("cron"), TooFrequent(schedule.ShortestInterval, state.Limits));
            return null;
        }

        return new ScheduleTrigger(path, id, cron, schedule);
    }

    private static SunTrigger? ReadSunTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a sun trigger", "kind", "id", "event", "offset");
        var id = TriggerId(f);
        var sunEvent = f.SunEvent("event", true);
        var offset = f.Duration("offset", allowNegative: true, allowZero: true) ?? TimeSpan.Zero;
        if (offset.Duration() > TimeSpan.FromHours(12))
            f.Error(f.Member("offset"), "an offset is at most 12 hours either way");
        return sunEvent is { } e ? new SunTrigger(path, id, e, offset) : null;
    }

    private static ModeTrigger? ReadModeTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a mode trigger", "kind", "id", "from", "to");
        return new ModeTrigger(path, TriggerId(f), f.Text("from", false, 32), f.Text("to", false, 32));
    }

    private static WebhookTrigger? ReadWebhookTrigger(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a webhook trigger", "kind", "id", "hookId");
        var id = TriggerId(f);
        var hookId = f.Text("hookId", true, MaxHookIdLength);
        if (hookId is not null && (hookId.Length < MinHookIdLength || !hookId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            f.Error(f.Member("hookId"), $"a hook id is a secret of {MinHookIdLength} to {MaxHookIdLength} characters of A-Z, a-z, 0-9, _ and -");
            return null;
        }

        return new WebhookTrigger(path, id, hookId!);
    }

    private static (double? Above, double? Below) Range(AutomationFields f)
    {
        var above = f.Number("above");
        var below = f.Number("below");
        if (above is { } a && below is { } b && a >= b)
            f.Error(f.Member("below"), $"below ({b}) must be more than above ({a})");
        return (above, below);
    }

    private static AvailabilityState? Availability(string? text) => text switch
    {
        "online" => AvailabilityState.Online,
        "offline" => AvailabilityState.Offline,
        _ => null,
    };
}
