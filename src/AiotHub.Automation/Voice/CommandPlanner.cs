using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Turns a request into one device's commands against its profile: only writable properties and declared actions,
/// values clamped to the range and rounded to its step, value-list entries matched by their description. Null
/// when the device cannot do it (the answer then says so and nothing is sent).
/// </summary>
internal static class CommandPlanner
{
    /// <summary>
    /// The device's commands for <paramref name="r"/>, or null when it cannot. <paramref name="strict"/> (a room or group
    /// asked broadly: "everything off") keeps on/off to devices that really switch, not curtains or the vacuum.
    /// </summary>
    public static DevicePlan? Plan(Device device, DeviceProfile? profile, VoiceRequest r, VoiceOptions options, bool strict = false)
    {
        if (profile is null)
            return null;
        var type = device.Type ?? profile.Type;
        if (r.Setting == VoiceSetting.Feature && r.Verb is VoiceVerb.On or VoiceVerb.Off)
            return r.Word is { } feature && Writable(profile, feature) is { Value.Format: PropertyFormat.Bool }
                ? new(r.Verb == VoiceVerb.On ? VoiceIntents.TurnOn : VoiceIntents.TurnOff, [new(device.Id, feature, VoiceJson.Value(r.Verb == VoiceVerb.On))], Entry: feature)
                : null;
        if (strict && r.Verb is VoiceVerb.On or VoiceVerb.Off)
            return Power(device, profile, r.Verb == VoiceVerb.On, null);
        var plan = PlanCore(device, profile, type, r, options);
        if (plan is not null && r.AlsoOn && Power(device, profile, true, null) is { } on)
            plan = plan with { Steps = [.. on.Steps, .. plan.Steps] };
        // "it's dark in the bedroom", "brighter please" with the lamp off: brighter is switched on as well.
        else if (plan is not null && r.Verb == VoiceVerb.Up && plan.Intent == VoiceIntents.SetBrightness && IsOff(device, profile) && Power(device, profile, true, null) is { } power)
            plan = plan with { Steps = [.. power.Steps, .. plan.Steps] };
        return plan;
    }

    private static bool IsOff(Device device, DeviceProfile profile) =>
        profile.Services.FirstOrDefault(s => s.FindProperty("on") is { CanRead: true }) is { } service
        && device.Properties.TryGetValue(service.Name + ".on", out var twin) && twin.Reported is { } reported && reported.Value.ValueKind == System.Text.Json.JsonValueKind.False;

    private static DevicePlan? PlanCore(Device device, DeviceProfile profile, string type, VoiceRequest r, VoiceOptions options)
    {
        switch (r.Verb)
        {
            case VoiceVerb.Play or VoiceVerb.Resume when r.Word == "music":
                return Call(device, profile, VoiceIntents.MediaPlay, "play-control.play");
            case VoiceVerb.Pause or VoiceVerb.Stop when r.Word == "music":
                return Call(device, profile, r.Verb == VoiceVerb.Pause ? VoiceIntents.MediaPause : VoiceIntents.MediaStop, "play-control.pause");
            case VoiceVerb.On when type == "robot-vacuum":
            case VoiceVerb.Clean:
                return Call(device, profile, VoiceIntents.VacuumStart, "vacuum.start-sweep");
            case VoiceVerb.Off or VoiceVerb.Stop when type == "robot-vacuum":
                return Call(device, profile, VoiceIntents.VacuumStop, "vacuum.stop-sweeping");
            case VoiceVerb.Pause when type == "robot-vacuum":
                return Call(device, profile, VoiceIntents.VacuumPause, "vacuum.pause");
            case VoiceVerb.Dock:
                return Call(device, profile, VoiceIntents.VacuumDock, "vacuum.start-charge");
            case VoiceVerb.On or VoiceVerb.Open when type == "curtain":
                return Level(device, profile, "curtain.target-position", VoiceIntents.SetPosition, r with { Verb = VoiceVerb.Set, Value = 100 }, 0, options);
            case VoiceVerb.Off or VoiceVerb.Close when type == "curtain":
                return Level(device, profile, "curtain.target-position", VoiceIntents.SetPosition, r with { Verb = VoiceVerb.Set, Value = 0 }, 0, options);
            case VoiceVerb.Stop when type == "curtain":
                return Call(device, profile, VoiceIntents.SetPosition, "curtain.stop");
            // "把音箱关了", "turn off the speaker": a speaker that does not switch stops playing.
            case VoiceVerb.Off or VoiceVerb.Close when type == "speaker" && Power(device, profile, false, r.Part) is null:
                return Call(device, profile, VoiceIntents.MediaStop, "play-control.pause");
            // "close the tv", "close everything in the kitchen": what does not open and close is switched off.
            case VoiceVerb.On or VoiceVerb.Off or VoiceVerb.Open or VoiceVerb.Close:
                return Power(device, profile, r.Verb is not (VoiceVerb.Off or VoiceVerb.Close), r.Part);
            case VoiceVerb.Key when r.Word is { } key:
                return Key(device, profile, key);
            case VoiceVerb.Mute or VoiceVerb.Unmute:
                return Writable(profile, "speaker.mute") is null ? null
                    : new(r.Verb == VoiceVerb.Mute ? VoiceIntents.Mute : VoiceIntents.Unmute, [new(device.Id, "speaker.mute", VoiceJson.Value(r.Verb == VoiceVerb.Mute))]);
            case VoiceVerb.Play or VoiceVerb.Resume:
                return Media(device, profile, type, "play");
            case VoiceVerb.Pause:
                return Media(device, profile, type, "pause");
            case VoiceVerb.Stop:
                return Media(device, profile, type, "stop");
            case VoiceVerb.Next:
                return Call(device, profile, VoiceIntents.MediaNext, "play-control.next");
            case VoiceVerb.Previous:
                return Call(device, profile, VoiceIntents.MediaPrevious, "play-control.previous");
            case VoiceVerb.Input when r.Value is { } input:
                return ListValue(device, profile, "television.input-source", VoiceIntents.TvInput, (long)input);
            case VoiceVerb.Say when r.Word is { } message:
                return ProfileMembers.FindAction(profile, "intelligent-speaker.play-text", out _) is null ? null
                    : new(VoiceIntents.SpeakerSay, [new(device.Id, Action: "intelligent-speaker.play-text", Arguments: VoiceJson.String("text", message))], Entry: message);
            case VoiceVerb.App when r.Word is { } app:
                var launch = type == "tv-box" ? "tv-box.launch-app" : "television.launch-app";
                return ProfileMembers.FindAction(profile, launch, out _) is null ? null
                    : new(VoiceIntents.TvApp, [new(device.Id, Action: launch, Arguments: VoiceJson.String("app", app))], Entry: app);
            case VoiceVerb.Set or VoiceVerb.Up or VoiceVerb.Down:
                return Setting(device, profile, type, r, options);
            case VoiceVerb.ResetEnergy:
                return Call(device, profile, VoiceIntents.ResetEnergy, "power-consumption.reset-power-consumption");
            case VoiceVerb.ResetFilter:
                return Call(device, profile, VoiceIntents.ResetFilter, "filter.reset-filter-life");
            case VoiceVerb.PowerOnState when r.Value is { } state:
                return ListValue(device, profile, "switch.default-power-on-state", VoiceIntents.SetPowerOnState, (long)state);
            default:
                return null;
        }
    }

    private static DevicePlan? Setting(Device device, DeviceProfile profile, string type, VoiceRequest r, VoiceOptions options)
    {
        var setting = r.Setting != VoiceSetting.None ? r.Setting : type switch
        {
            "light" => VoiceSetting.Brightness,
            "air-conditioner" => VoiceSetting.Temperature,
            "speaker" or "television" or "tv-box" => VoiceSetting.Volume,
            "curtain" => VoiceSetting.Position,
            "air-purifier" or "robot-vacuum" => VoiceSetting.FanLevel,
            _ => VoiceSetting.None,
        };
        switch (setting)
        {
            case VoiceSetting.Brightness:
                return Level(device, profile, "light.brightness", VoiceIntents.SetBrightness, r, options.PercentStep, options);
            case VoiceSetting.ColorTemperature:
                return Level(device, profile, "light.color-temperature", VoiceIntents.SetColorTemperature, r, 500, options);
            case VoiceSetting.Color when r.Value is { } rgb:
                return Level(device, profile, "light.color", VoiceIntents.SetColor, r, 0, options);
            case VoiceSetting.Temperature:
                return Level(device, profile, "air-conditioner.target-temperature", VoiceIntents.SetTemperature, r, options.DegreeStep, options);
            case VoiceSetting.Volume:
                var volume = Level(device, profile, "speaker.volume", VoiceIntents.SetVolume, r, options.VolumeStep, options);
                return volume is not null && type is "television" or "tv-box" ? volume with { Intent = VoiceIntents.TvVolume } : volume;
            case VoiceSetting.Position:
                return Level(device, profile, "curtain.target-position", VoiceIntents.SetPosition, r, 25, options);
            case VoiceSetting.Mode:
                return Entry(device, profile, "mode", VoiceIntents.SetDeviceMode, r);
            case VoiceSetting.FanLevel:
                return Entry(device, profile, "fan-level", VoiceIntents.SetFanLevel, r);
            default:
                return null;
        }
    }

    private static DevicePlan? Power(Device device, DeviceProfile profile, bool on, string? part)
    {
        var steps = new List<VoiceStep>();
        var parts = profile.Services.Count(s => s.FindProperty("on") is { CanWrite: true });
        foreach (var service in profile.Services)
        {
            if (service.FindProperty("on") is not { CanWrite: true, Value.Format: PropertyFormat.Bool })
                continue;
            if (part is not null && parts > 1 && !service.Name.StartsWith(part, StringComparison.Ordinal))
                continue;
            steps.Add(new(device.Id, service.Name + ".on", VoiceJson.Value(on)));
            if (device.Type != "switch")
                break;
        }

        return steps.Count == 0 ? null : new(on ? VoiceIntents.TurnOn : VoiceIntents.TurnOff, steps);
    }

    private static DevicePlan? Media(Device device, DeviceProfile profile, string type, string what)
    {
        var tv = type is "television" or "tv-box";
        string[] keys = what switch
        {
            "play" => ["television.play", "tv-box.play", "play-control.play"],
            "pause" => ["television.pause", "tv-box.pause", "play-control.pause"],
            _ => ["tv-box.stop", "television.pause", "play-control.pause"],
        };
        var intent = (what, tv) switch
        {
            ("play", true) => VoiceIntents.TvPlay,
            ("play", false) => VoiceIntents.MediaPlay,
            ("pause", true) => VoiceIntents.TvPause,
            ("pause", false) => VoiceIntents.MediaPause,
            _ => VoiceIntents.MediaStop,
        };
        foreach (var key in keys)
            if (ProfileMembers.FindAction(profile, key, out _) is not null)
                return new(intent, [new(device.Id, Action: key)]);
        return null;
    }

    /// <summary>A remote-control key by its description in the press-key action's argument list.</summary>
    private static DevicePlan? Key(Device device, DeviceProfile profile, string key)
    {
        foreach (var service in profile.Services)
            foreach (var action in service.Actions)
                if (action.Name == "press-key" && action.In.Count > 0 && action.In[0].Value.List?.FirstOrDefault(i => i.Description.Equals(key, StringComparison.OrdinalIgnoreCase)) is { } item)
                    return new(VoiceIntents.PressKey, [new(device.Id, Action: service.Name + ".press-key", Arguments: VoiceJson.Object(w => w.WriteNumber(action.In[0].Name, item.Value)))], item.Value, item.Description);
        return null;
    }

    private static DevicePlan? Call(Device device, DeviceProfile profile, string intent, string action) =>
        ProfileMembers.FindAction(profile, action, out _) is null ? null : new(intent, [new(device.Id, Action: action)]);

    private static ProfileProperty? Writable(DeviceProfile profile, string key) =>
        ProfileMembers.FindProperty(profile, key, out _) is (_, { CanWrite: true } property) ? property : null;

    /// <summary>A ranged property: the absolute value, or the current value moved by the user's step or <paramref name="step"/>, clamped and rounded to the profile's step.</summary>
    private static DevicePlan? Level(Device device, DeviceProfile profile, string key, string intent, VoiceRequest r, double step, VoiceOptions options)
    {
        if (Writable(profile, key) is not { Value.Range: { } range })
            return null;
        double value;
        if (r.Verb == VoiceVerb.Set && r.Word is "max" or "min")
        {
            value = r.Word == "max" ? range.Max : range.Min;
        }
        else if (r.Verb == VoiceVerb.Set && r.Value is { } absolute)
        {
            value = absolute;
        }
        else if (r.IsRelative)
        {
            var current = Current(device, key) ?? (range.Min + range.Max) / 2;
            var by = r.Delta ?? step;
            value = r.Verb == VoiceVerb.Down ? current - by : current + by;
        }
        else
        {
            return null;
        }

        // A percentage for a degrees setting is not a temperature ("空调调到百分之五十"): refuse rather than clamp.
        // Any value said outright beyond the range ("brightness to 150 percent") is refused, never silently clamped.
        // (0 on a scale that starts at 1, "brightness to 0", is its lowest.)
        if (r.Verb == VoiceVerb.Set && r.Value is not null && (value > range.Max || value < range.Min && !(value == 0 && range.Min <= 1)))
            return null;
        value = Math.Clamp(value, range.Min, range.Max);
        if (range.Step > 0)
            value = Math.Clamp(range.Min + Math.Round((value - range.Min) / range.Step) * range.Step, range.Min, range.Max);
        value = Math.Round(value, 2);
        _ = options;
        return new(intent, [new(device.Id, key, VoiceJson.Value(value))], value);
    }

    private static DevicePlan? ListValue(Device device, DeviceProfile profile, string key, string intent, long value) =>
        Writable(profile, key) is { Value.List: { } list } && list.Any(i => i.Value == value)
            ? new(intent, [new(device.Id, key, VoiceJson.Value(value))], value, list.First(i => i.Value == value).Description)
            : null;

    /// <summary>A value-list property named <paramref name="member"/> in any service: the entry whose description matches the word, or one step along the list.</summary>
    private static DevicePlan? Entry(Device device, DeviceProfile profile, string member, string intent, VoiceRequest r)
    {
        foreach (var service in profile.Services)
        {
            if (service.FindProperty(member) is not { CanWrite: true, Value.List: { Count: > 0 } list })
                continue;
            var key = service.Name + "." + member;
            ValueListItem? item = null;
            if (r.Word is { } word)
            {
                item = word == "max" ? list.Where(i => !i.Description.Equals("auto", StringComparison.OrdinalIgnoreCase)).MaxBy(i => i.Value)
                    : word == "min" ? list.Where(i => !i.Description.Equals("auto", StringComparison.OrdinalIgnoreCase)).MinBy(i => i.Value)
                    : list.FirstOrDefault(i => i.Description.Equals(word, StringComparison.OrdinalIgnoreCase))
                      ?? list.FirstOrDefault(i => i.Description.StartsWith(word, StringComparison.OrdinalIgnoreCase));
            }
            else if (r.IsRelative)
            {
                var current = Current(device, key) ?? list[0].Value;
                var ordered = list.Where(i => !i.Description.Equals("auto", StringComparison.OrdinalIgnoreCase)).OrderBy(i => i.Value).ToList();
                item = r.Verb == VoiceVerb.Up ? ordered.FirstOrDefault(i => i.Value > current) ?? ordered.LastOrDefault()
                    : ordered.LastOrDefault(i => i.Value < current) ?? ordered.FirstOrDefault();
            }
            else if (r.Value is { } number)
            {
                item = list.FirstOrDefault(i => i.Value == (long)number);
            }

            if (item is not null)
                return new(intent, [new(device.Id, key, VoiceJson.Value(item.Value))], item.Value, item.Description);
        }

        return null;
    }

    /// <summary>The range of the temperature set point when an absolute request falls outside it (the answer names the range instead of clamping).</summary>
    public static ValueRange? OutOfRange(DeviceProfile? profile, VoiceRequest r) =>
        r is { Verb: VoiceVerb.Set, Value: { } value } && (r.Setting == VoiceSetting.Temperature || r.Setting == VoiceSetting.None)
        && profile is not null && Writable(profile, "air-conditioner.target-temperature") is { Value.Range: { } range } && (value < range.Min || value > range.Max)
            ? range : null;

    public static double? Current(Device device, string key)
    {
        if (!device.Properties.TryGetValue(key, out var twin))
            return null;
        if (twin.Reported?.Value is { ValueKind: JsonValueKind.Number } reported)
            return reported.GetDouble();
        return twin.Desired?.Value is { ValueKind: JsonValueKind.Number } desired ? desired.GetDouble() : null;
    }
}
