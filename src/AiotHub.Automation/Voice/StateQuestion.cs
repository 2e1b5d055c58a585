using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Which property a question asks about and on which devices: temperature (thermometers first, then any sensor in the
/// room), humidity, air quality, battery, volume, brightness, open/closed, on/off, "what is on". Nothing is sent.
/// </summary>
internal static class StateQuestion
{
    /// <summary>The pseudo-property of "what is on" questions: every device whose on-property is true.</summary>
    public const string WhatIsOn = "*.what-is-on";

    /// <summary>The pseudo-property of "does it have a fault": the device's own fault code, whichever service carries it.</summary>
    public const string Fault = "*.fault";

    /// <summary>The pseudo-property of "what mode is the home in".</summary>
    public const string HomeMode = "home.mode";

    public static (string? Key, IReadOnlyList<Device> Devices, IReadOnlyList<Device> Candidates) Read(Utterance u, HomeView home)
    {
        // Keywords are read where names and nouns are blanked: "温湿度传感器" is a device, not a humidity question.
        // "did the power cut turn the purifier off": a cut is no reading of power.
        var t = u.Rest.Replace("power cut", " ", StringComparison.Ordinal).Replace("power outage", " ", StringComparison.Ordinal)
            .Replace("power failure", " ", StringComparison.Ordinal).Replace("power's back", " ", StringComparison.Ordinal).Replace("power is back", " ", StringComparison.Ordinal);
        bool Says(params string[] words) => VoiceText.ContainsAny(t, words);
        var pool = Pool(u, home);
        string? key;
        if (!u.NamesSomething && Says("what mode", "which mode", "什么模式", "哪个模式", "home mode", "家庭模式", "模式是"))
            return (HomeMode, [], []);
        var howLong = Says("how long", "since when", "多久", "多长时间", "多长时候");
        if (howLong && (u.Mentions("motion-sensor") || Says("movement", "motion", "anyone", "somebody", "有人", "没人", "人")))
            key = "motion-sensor.no-motion-duration";
        else if (howLong && u.Mentions("contact-sensor"))
            key = "magnet-sensor.open-duration";
        else if (howLong && u.Mentions("robot-vacuum"))
            key = "vacuum.cleaning-time";
        else if (Says("humidity", "humid", "湿度", "潮湿", "干燥", "潮不潮", "干不干", "有点干", "太干", "有点潮", "太潮", "dry in", "damp"))
            key = "environment.relative-humidity";
        else if (Says("air quality", "pm2.5", "pm 2.5", "pm25", "空气质量", "空气怎么样", "空气好", "空气", "雾霾", "air clean", "clean air", "air in", "how's air", "hows air", "air like", "air ok", "air okay"))
            key = "environment.air-quality";
        else if (Says("fault", "faults", "error", "errors", "problem", "problems", "wrong with", "故障", "毛病", "出问题", "报错"))
            key = Fault;
        else if (Says("filter", "滤芯"))
            key = "filter.filter-life-level";
        else if (Says("energy", "kwh", "electricity", "度电", "用了多少电", "用电量", "耗电量"))
            key = "power-consumption.power-consumption";
        else if (Says("charging", "charged", "在充电", "充电", "充满"))
            key = "battery.charging-state";
        else if (Says("muted", "mute", "静音"))
            key = "speaker.mute";
        else if (Says("battery", "charge", "电量", "电池", "还有电", "没电", "多少电", "电还"))
            key = "battery.battery-level";
        else if (u.Mentions("air-conditioner") && Says("set to", "set at", "target", "设定", "设置", "调的", "开的", "调到", "开到", "多少度", "几度"))
            key = "air-conditioner.target-temperature";
        else if (Says("temperature", "temp", "how hot", "how cold", "how warm", "is it hot", "is it cold", "is it warm", "is it chilly", "hot in", "cold in", "warm in", "degrees", "how many degree", "温度", "几度", "多少度", "热不热", "冷不冷", "冷吗", "热吗"))
            return Temperature(u, home, pool);
        else if (Says("volume", "how loud", "音量", "声音多大"))
            key = "speaker.volume";
        // "how bright is it in the living room", "客厅自然光够不够": the light of the room, not of a lamp in it.
        else if (u.Named.Count == 0 && VoiceText.ContainsAny(u.Text, "how bright is it", "how much light", "how light is it", "how dark is it", "natural light", "daylight",
                     "light enough", "bright enough", "亮不亮", "够不够亮", "够亮",
                     "light outside", "outside light", "自然光", "外面的光", "外面光", "外面还亮", "外面亮", "天还亮", "光线够", "光够"))
            key = "motion-sensor.illumination";
        else if (Says("illumination", "illuminance", "light level", "lux", "how light", "how dark", "光照度", "光照强度", "光照", "照度", "光线")
            || Says("brightness", "how bright", "亮度", "多亮") && Says("sensor", "传感器", "测的", "measured"))
            key = "motion-sensor.illumination";
        // ("the light of the salon, how strong it is now": how strong a light is, its brightness.)
        else if (Says("brightness", "how bright", "亮度", "多亮") || u.Mentions("light") && Says("how strong"))
            key = "light.brightness";
        // The mode of the first named device that has one; a device without a mode answers whether it is on.
        else if (u.NamesSomething && Says("mode", "模式"))
            key = pool.Select(d => home.Profile(d)?.Services.Where(s => s.FindProperty("mode") is not null).Select(s => s.Name + ".mode").FirstOrDefault())
                .FirstOrDefault(k => k is not null) ?? "*.on";
        // "did anyone close the door": a door asked about is the question, whoever did it.
        // ("is the tv on or did someone turn it off": who did it, about a device that is no motion sensor.)
        else if (Says("motion", "movement", "anyone", "anybody", "someone", "somebody", "sees something", "see anything", "有人", "人吗", "动静") && !u.Mentions("contact-sensor") && (!u.NamesSomething || u.Mentions("motion-sensor")))
            key = "motion-sensor.motion-state";
        else if (Says("power", "watts", "consumption", "功率", "耗电", "用电", "几瓦", "多少瓦"))
            key = "power-consumption.electric-power";
        else if (Says("playing", "在放", "在播", "播放什么", "放的什么"))
            key = "*.playing";
        else if (u.Mentions("robot-vacuum") && !Says(" on ", "开着", "关着"))
            key = "vacuum.status";
        else if (u.Mentions("contact-sensor") || Says("open", "closed", "关好", "开着", "关着", "关上", "打开") && u.Mentions("curtain"))
            key = u.Mentions("curtain") ? "curtain.current-position" : "magnet-sensor.contact-state";
        else if (!u.NamesSomething && Says("what's on", "whats on", "what is on", "anything on", "anything running", "anything still running", "anything still on", "still running", "啥开着", "什么开着", "还有啥", "还在运行", "在运行", "what's running", "what is running", "left on", "什么开着", "哪些开着", "开着的", "哪些设备", "什么设备"))
            return (WhatIsOn, Switchable(pool.Count > 0 ? pool : home.Devices, home), []);
        else if (u.NamesSomething || u.Rooms.Count > 0)
            key = "*.on";
        else
            return (null, [], []);

        if (key == "*.on" && !u.NamesSomething)
            return (WhatIsOn, Switchable(pool, home), []);
        var readable = pool.Where(d => KeyOf(d, home, key) is not null).ToList();
        // "how much light is there in the living room": "light" said of the room, where no lamp measures it.
        if (key == "motion-sensor.illumination" && readable.Count == 0 && u.Named.Count == 0 && u.Nouns.Count > 0)
            readable = [.. Pool(u with { Nouns = [] }, home).Where(d => KeyOf(d, home, key) is not null)];
        if (key is "environment.relative-humidity" or "environment.air-quality")
            readable = key == "environment.relative-humidity" ? PerRoom(readable, "temperature-humidity-sensor") : Prefer(readable, "air-purifier");
        return (key, readable, []);
    }

    /// <summary>The concrete key a pseudo-key means for this device ("*.on" → "light.on"), or the key when readable.</summary>
    public static string? KeyOf(Device device, HomeView home, string key)
    {
        if (home.Profile(device) is not { } profile)
            return null;
        if (key is "*.on")
        {
            if (profile.Services.FirstOrDefault(s => s.FindProperty("on") is { CanRead: true }) is { } service)
                return service.Name + ".on";
            // A device without on/off answers with what it is for: a thermometer its temperature, a door sensor open or closed.
            var main = (device.Type ?? profile.Type) switch
            {
                "temperature-humidity-sensor" => "environment.temperature",
                "contact-sensor" => "magnet-sensor.contact-state",
                "motion-sensor" => "motion-sensor.motion-state",
                "robot-vacuum" => "vacuum.status",
                "speaker" => "play-control.playing-state",
                "curtain" => "curtain.current-position",
                _ => null,
            };
            return main is not null && ProfileMembers.FindProperty(profile, main, out _) is (_, { CanRead: true }) ? main : null;
        }

        if (key is Fault)
            return profile.Services.FirstOrDefault(s => s.FindProperty("fault") is { CanRead: true }) is { } faulty ? faulty.Name + ".fault" : null;
        if (key is "*.playing")
            return profile.Services.SelectMany(s => s.Properties.Select(p => (s, p))).Where(x => x.p.Name is "current-content" or "playing-state")
                .Select(x => x.s.Name + "." + x.p.Name).FirstOrDefault();
        return ProfileMembers.FindProperty(profile, key, out _) is (_, { CanRead: true }) ? key : null;
    }

    private static (string?, IReadOnlyList<Device>, IReadOnlyList<Device>) Temperature(Utterance u, HomeView home, List<Device> pool)
    {
        const string Key = "environment.temperature";
        var readable = pool.Where(d => KeyOf(d, home, Key) is not null).ToList();
        if (u.Mentions("air-conditioner") && readable.Count == 0)
            return ("air-conditioner.target-temperature", pool.Where(d => KeyOf(d, home, "air-conditioner.target-temperature") is not null).ToList(), []);
        return (Key, PerRoom(readable, "temperature-humidity-sensor"), []);
    }

    /// <summary>One device a room, of the preferred type where the room has one: "how warm is it at home" answers every room once.</summary>
    private static List<Device> PerRoom(List<Device> devices, string type) =>
        [.. devices.GroupBy(d => d.RoomId ?? "").SelectMany(room => room.Any(d => d.Type == type) ? room.Where(d => d.Type == type) : room)];

    // What can be "on": what switches, and the robot while it cleans ("is anything still running in the kitchen").
    private static List<Device> Switchable(IEnumerable<Device> devices, HomeView home) =>
        [.. devices.Where(d => home.Profile(d)?.Services.Any(s => s.FindProperty("on") is { CanRead: true }) == true || d.Type == "robot-vacuum")];

    private static List<Device> Prefer(List<Device> devices, string type)
    {
        var preferred = devices.Where(d => d.Type == type).ToList();
        return preferred.Count > 0 ? preferred : devices;
    }

    /// <summary>The devices a question is about: those named, else the nouns' types, narrowed by the rooms; the whole home when it names none.</summary>
    private static List<Device> Pool(Utterance u, HomeView home)
    {
        IEnumerable<Device> pool;
        if (u.Named.Count > 0)
            pool = u.Named.SelectMany(d => d).Distinct();
        else if (u.Nouns.Count > 0)
            return TargetResolver.NounPool(u, home);
        else
            pool = home.Devices;
        var list = pool.ToList();
        if (u.Rooms.Count > 0)
        {
            var inRoom = list.Where(d => d.RoomId is { } r && u.Rooms.Contains(r)).ToList();
            if (inRoom.Count > 0 || u.Named.Count == 0)
                list = inRoom;
        }

        return list;
    }
}
