using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Answers in the utterance's language only: devices by their name in that language (else the type's noun), values with
/// units, and how many devices a group action touched ("Turned off 5 lights." / "已关闭5盏灯。").
/// </summary>
internal static class VoiceAnswers
{
    public static string Say(string lang, string english, string chinese) => lang == "zh" ? chinese : english;

    public static string NotUnderstood(string lang) =>
        Say(lang, "Sorry, I did not understand. I can control and answer about the devices, scenes and modes of this home.",
            "抱歉，我没听懂。我可以控制和查询家里的设备、场景和模式。");

    public static string Clarify(HomeView home, IReadOnlyList<Device> candidates, string lang, int listed)
    {
        if (candidates.Count == 0)
            return Say(lang, "Which device do you mean?", "你是说哪个设备？");
        if (candidates.Count == 1)
            return Say(lang, $"Do you mean {home.Describe(candidates[0], lang)}?", $"你是说{home.Describe(candidates[0], lang)}吗？");
        var names = candidates.Take(listed).Select(d => home.Describe(d, lang)).ToList();
        var more = candidates.Count - names.Count;
        if (lang == "zh")
            return "你是说哪一个：" + string.Join("、", names) + (more > 0 ? $"，还是其他{more}个设备中的一个" : "") + "？";
        return "Which one do you mean: " + (more > 0 ? string.Join(", ", names) + $", or one of {more} others" : VoicePhrases.List(names, "en").Replace(" and ", " or ", StringComparison.Ordinal)) + "?";
    }

    public static string Cannot(HomeView home, IReadOnlyList<Device> devices, string lang)
    {
        var names = VoicePhrases.List([.. devices.Take(3).Select(d => home.Describe(d, lang))], lang);
        return Say(lang, Capitalize(names) + (devices.Count == 1 ? " cannot do that." : " cannot do that."), names + "不支持这个操作。");
    }

    public static string NoDevice(string english, string chinese, string? room, string lang) =>
        Say(lang,
            room is null ? $"There is no {english} in this home." : $"There is no {english} in the {room}.",
            room is null ? $"家里没有{chinese}。" : $"{room}没有{chinese}。");

    /// <summary>"Turned off the TV." / "Turned off 5 lights." / "好的，已关闭5盏灯。"; a delay makes it a promise.</summary>
    public static string Done(HomeView home, IReadOnlyList<(Device Device, DevicePlan Plan)> plans, VoiceRequest r, VoiceOptions options, string lang, TimeSpan? delay)
    {
        var intent = plans[0].Plan.Intent;
        var who = Who(home, plans.Select(p => p.Device).ToList(), lang);
        var values = plans.Select(p => p.Plan.Value).Distinct().ToList();
        var value = values.Count == 1 ? values[0] : null;
        var entry = plans[0].Plan.Entry;
        var key = plans[0].Plan.Steps[^1].Property ?? "";
        var v = value is { } n ? VoicePhrases.WithUnit(key, n, lang) : "";
        var (past, infinitive, zh) = Phrase(intent, r, who, v, value, entry, key, options, lang);
        // Switched on as well ("switch on the ac at 24", "打开空调调到24度"): the answer says so.
        // (So is brighter with the lamp off.)
        if (intent != VoiceIntents.TurnOn && plans.Any(p => p.Plan.Steps.Count > 1 && p.Plan.Steps[0].Property?.EndsWith(".on", StringComparison.Ordinal) == true
                && p.Plan.Steps[0].Value is { ValueKind: System.Text.Json.JsonValueKind.True })
            && past.Contains(who, StringComparison.Ordinal) && zh.StartsWith("把" + who, StringComparison.Ordinal))
        {
            var at = past.IndexOf(who, StringComparison.Ordinal);
            past = $"turned on {who} and " + past[..at] + (plans.Count == 1 ? "it" : "them") + past[(at + who.Length)..];
            at = infinitive.IndexOf(who, StringComparison.Ordinal);
            infinitive = at < 0 ? infinitive : $"turn on {who} and " + infinitive[..at] + (plans.Count == 1 ? "it" : "them") + infinitive[(at + who.Length)..];
            zh = $"打开{who}并" + zh[(1 + who.Length)..].TrimStart('的');
        }

        if (delay is { } d)
            return Say(lang, $"OK, in {VoicePhrases.Duration(d, "en")} I will {infinitive}.", $"好的，{VoicePhrases.Duration(d, "zh")}后{zh}。");
        return Say(lang, $"OK, {past}.", $"好的，已{zh}。");
    }

    private static (string Past, string Infinitive, string Chinese) Phrase(string intent, VoiceRequest r, string who, string v, double? value, string? entry, string key, VoiceOptions options, string lang)
    {
        var up = r.Verb == VoiceVerb.Up;
        var down = r.Verb == VoiceVerb.Down;
        var to = v.Length > 0 ? " to " + v : "";
        var zhTo = v.Length > 0 ? "到" + v : "";
        return intent switch
        {
            VoiceIntents.TurnOn or VoiceIntents.TurnOff when key.Contains('.', StringComparison.Ordinal) && !key.EndsWith(".on", StringComparison.Ordinal) => Feature(key, intent == VoiceIntents.TurnOn, who),
            VoiceIntents.TurnOn => ($"turned on {who}", $"turn on {who}", $"打开{who}"),
            VoiceIntents.TurnOff => ($"turned off {who}", $"turn off {who}", $"关闭{who}"),
            VoiceIntents.SetBrightness when up => ($"brightened {who}{to}", $"brighten {who}{to}", $"把{who}调亮{zhTo}"),
            VoiceIntents.SetBrightness when down => ($"dimmed {who}{to}", $"dim {who}{to}", $"把{who}调暗{zhTo}"),
            VoiceIntents.SetBrightness => ($"set {who} to {v} brightness", $"set {who} to {v} brightness", $"把{who}的亮度调到{v}"),
            VoiceIntents.SetColorTemperature when up || down => ($"made {who} {(up ? "cooler" : "warmer")}{to}", $"make {who} {(up ? "cooler" : "warmer")}", $"把{who}的色温调{(up ? "高" : "低")}{zhTo}"),
            VoiceIntents.SetColorTemperature => ($"set {who} to {v}", $"set {who} to {v}", $"把{who}调成{v}"),
            VoiceIntents.SetColor => ($"turned {who} {VoicePhrases.Colour(value ?? 0, "en")}", $"turn {who} {VoicePhrases.Colour(value ?? 0, "en")}", $"把{who}调成{VoicePhrases.Colour(value ?? 0, "zh")}"),
            VoiceIntents.SetTemperature when up => ($"raised {who}{to}", $"raise {who}{to}", $"把{who}调高{zhTo}"),
            VoiceIntents.SetTemperature when down => ($"lowered {who}{to}", $"lower {who}{to}", $"把{who}调低{zhTo}"),
            VoiceIntents.SetTemperature => ($"set {who}{to}", $"set {who}{to}", $"把{who}调到{v}"),
            VoiceIntents.SetVolume or VoiceIntents.TvVolume when up => ($"turned up {who}{to}", $"turn up {who}{to}", $"把{who}的声音调大{(v.Length > 0 ? "到" + v : "")}"),
            VoiceIntents.SetVolume or VoiceIntents.TvVolume when down => ($"turned down {who}{to}", $"turn down {who}{to}", $"把{who}的声音调小{(v.Length > 0 ? "到" + v : "")}"),
            VoiceIntents.SetVolume or VoiceIntents.TvVolume => ($"set the volume of {who}{to}", $"set the volume of {who}{to}", $"把{who}的音量调到{v}"),
            VoiceIntents.SetPosition when key == "curtain.target-position" && value == 100 => ($"opened {who}", $"open {who}", $"打开{who}"),
            VoiceIntents.SetPosition when key == "curtain.target-position" && value == 0 => ($"closed {who}", $"close {who}", $"关上{who}"),
            VoiceIntents.SetPosition when key == "curtain.target-position" && (up || down) => ($"{(up ? "opened" : "closed")} {who} a bit, to {v} open", $"{(up ? "open" : "close")} {who} a bit", $"把{who}{(up ? "拉开" : "拉上")}一点，现在开到{v}"),
            VoiceIntents.SetPosition when key == "curtain.target-position" => ($"set {who} to {v} open", $"set {who} to {v} open", $"把{who}打开到{v}"),
            VoiceIntents.SetPosition => ($"stopped {who}", $"stop {who}", $"让{who}停下"),
            VoiceIntents.SetDeviceMode => ($"set {who} to {Entry(entry, "en")} mode", $"set {who} to {Entry(entry, "en")} mode", $"把{who}切换到{(entry == "TV" ? "电视" : Entry(entry, "zh"))}模式"),
            VoiceIntents.SetFanLevel => ($"set the fan of {who} to {Entry(entry, "en")}", $"set the fan of {who} to {Entry(entry, "en")}",
                $"把{who}的{(key.StartsWith("vacuum", StringComparison.Ordinal) ? "吸力" : "风速")}调到{Entry(entry, "zh")}"),
            VoiceIntents.Mute => ($"muted {who}", $"mute {who}", $"将{who}静音"),
            VoiceIntents.Unmute => ($"unmuted {who}", $"unmute {who}", $"取消{who}的静音"),
            VoiceIntents.TvPlay or VoiceIntents.MediaPlay => ($"resumed playing on {who}", $"resume playing on {who}", $"让{who}继续播放"),
            VoiceIntents.TvPause or VoiceIntents.MediaPause => ($"paused {who}", $"pause {who}", $"暂停{who}"),
            VoiceIntents.MediaStop => ($"stopped {who}", $"stop {who}", $"停止{who}的播放"),
            VoiceIntents.MediaNext => ($"skipped to the next track on {who}", $"skip to the next track on {who}", $"在{who}上切到下一首"),
            VoiceIntents.MediaPrevious => ($"went back to the previous track on {who}", $"go back to the previous track on {who}", $"在{who}上切到上一首"),
            VoiceIntents.TvInput => ($"switched {who} to {(entry == "TV" ? "live TV" : Entry(entry, "en"))}", $"switch {who} to {(entry == "TV" ? "live TV" : Entry(entry, "en"))}", $"把{who}切换到{(entry == "TV" ? "电视信号" : entry)}"),
            VoiceIntents.TvApp => ($"opened {VoicePhrases.App(entry ?? "", options, "en")} on {who}", $"open {VoicePhrases.App(entry ?? "", options, "en")} on {who}",
                $"在{who}上打开{VoicePhrases.App(entry ?? "", options, "zh")}"),
            VoiceIntents.SpeakerSay => ($"{who} said \"{entry}\"", $"have {who} say \"{entry}\"", $"让{who}说了“{entry}”"),
            VoiceIntents.PressKey => ($"pressed {Entry(entry, "en")} on {who}", $"press {Entry(entry, "en")} on {who}", $"在{who}上按了{KeyName(entry)}键"),
            VoiceIntents.VacuumStart => ($"started {who}", $"start {who}", $"让{who}开始清扫"),
            VoiceIntents.VacuumStop => ($"stopped {who}", $"stop {who}", $"让{who}停止清扫"),
            VoiceIntents.VacuumPause => ($"paused {who}", $"pause {who}", $"暂停{who}"),
            VoiceIntents.VacuumDock => ($"sent {who} back to its dock", $"send {who} back to its dock", $"让{who}回去充电"),
            VoiceIntents.ResetEnergy => ($"reset the energy count of {who}", $"reset the energy count of {who}", $"把{who}的用电量清零"),
            VoiceIntents.ResetFilter => ($"reset the filter life of {who}", $"reset the filter life of {who}", $"重置{who}的滤芯寿命"),
            VoiceIntents.SetPowerOnState => value switch
            {
                0 => ($"set {who} to stay off after a power cut", $"set {who} to stay off after a power cut", $"把{who}设为来电后保持关闭"),
                1 => ($"set {who} to come back on after a power cut", $"set {who} to come back on after a power cut", $"把{who}设为来电后自动打开"),
                _ => ($"set {who} to go back to how it was after a power cut", $"set {who} to go back to how it was after a power cut", $"把{who}设为来电后恢复断电前的状态"),
            },
            _ => ($"did that for {who}", $"do that for {who}", $"为{who}完成了操作"),
        };

        static string Entry(string? entry, string lang) => entry is null ? "" : VoicePhrases.Entry(entry, lang);

        static string KeyName(string? entry) => entry switch
        {
            "Up" => "上", "Down" => "下", "Left" => "左", "Right" => "右", "OK" => "确定", "Back" => "返回", "Home" => "主页", "Menu" => "菜单", _ => "",
        };
    }

    private static (string, string, string) Feature(string key, bool on, string who)
    {
        if (key == "curtain.motor-reverse")
            return on ? ($"reversed the direction of {who}", $"reverse the direction of {who}", $"把{who}的方向反过来")
                : ($"set {who} back to its normal direction", $"set {who} back to its normal direction", $"把{who}的方向改回正常");
        var (en, zh) = key switch
        {
            "air-conditioner.eco" => ("eco mode", "节能模式"),
            "fan-control.horizontal-swing" => ("left-right swing", "左右摆风"),
            "fan-control.vertical-swing" => ("up-down swing", "上下摆风"),
            "air-purifier.physical-controls-locked" => ("child lock", "童锁"),
            _ => ("that feature", "这个功能"),
        };
        return on ? ($"turned on the {en} of {who}", $"turn on the {en} of {who}", $"打开{who}的{zh}")
            : ($"turned off the {en} of {who}", $"turn off the {en} of {who}", $"关闭{who}的{zh}");
    }

    /// <summary>One to three devices by name; more as a count of their type ("5 lights", "5盏灯") or of devices.</summary>
    public static string Who(HomeView home, IReadOnlyList<Device> devices, string lang)
    {
        if (devices.Count <= 3)
            return VoicePhrases.List([.. devices.Select(d => home.Describe(d, lang))], lang);
        var types = devices.Select(d => d.Type).Distinct().ToList();
        if (types.Count == 1 && types[0] is { } type && VoiceVocabulary.Types.TryGetValue(type, out var words))
            return lang == "zh" ? $"{devices.Count}{words.Measure}{words.Chinese}" : $"{devices.Count} {words.Plural}";
        return lang == "zh" ? $"{devices.Count}个设备" : $"{devices.Count} devices";
    }

    public static string Unreachable(HomeView home, IReadOnlyList<Device> failed, int done, string lang)
    {
        var names = Who(home, failed, lang);
        return done == 0
            ? Say(lang, $"I could not reach {names}.", $"{names}现在无法操作。")
            : Say(lang, $"I could not reach {names}; the rest is done.", $"{names}现在无法操作，其余已完成。");
    }

    /// <summary>A later part's answer after the first: "OK, turned on the light." → "Turned on the light.", "好的，已打开…" → "已打开…".</summary>
    public static string Continue(string answer, string lang) =>
        lang == "zh" ? answer.StartsWith("好的，", StringComparison.Ordinal) ? answer[3..] : answer
            : answer.StartsWith("OK, ", StringComparison.Ordinal) ? Capitalize(answer[4..]) : answer;

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
