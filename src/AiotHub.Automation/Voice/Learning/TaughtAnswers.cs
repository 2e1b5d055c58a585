using System.Globalization;
using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>What the assistant says after a taught utterance, in the utterance's language (no English words in Chinese).</summary>
internal static class TaughtAnswers
{
    /// <summary>
    /// The device as the answer names it: in Chinese its first Chinese alias when it has one; else its name, or its
    /// model's name in the language when the device is just called after its model (<see cref="ProfileText.DeviceName"/>).
    /// </summary>
    public static string Name(Device device, DeviceProfile? profile, string lang) =>
        (lang == "zh" ? device.Aliases.FirstOrDefault(a => a.Any(VoiceUtterances.IsCjk)) : null)
            ?? ProfileText.DeviceName(device.Name, profile?.Names, lang);

    public static string Done(string lang, string name, SceneStep step)
    {
        if (step.Set is { ValueKind: JsonValueKind.Object } values && values.EnumerateObject().ToList() is [var only] && IsOnOff(only))
        {
            var on = only.Value.GetBoolean();
            return lang == "zh" ? $"好的，已{(on ? "打开" : "关闭")}{name}。" : $"OK, {name} is {(on ? "on" : "off")}.";
        }

        if (lang == "zh")
            return $"好的，{name}已按你教我的设置好了。";
        if (step.Call is { } call)
            return $"OK, {name}: {Words(call)}.";
        var parts = step.Set!.Value.EnumerateObject().Select(p => IsOnOff(p) ? Value(p.Value) : $"{Words(p.Name)} {Value(p.Value)}");
        return $"OK, {name}: {string.Join(", ", parts)}.";
    }

    public static string SceneStarted(string lang, string scene) => lang == "zh" ? $"好的，正在执行{scene}。" : $"Running {scene}.";

    public static string SceneUnavailable(string lang) => lang == "zh" ? "现在无法执行这个场景。" : "That scene cannot be run now.";

    public static string Unreachable(string lang, string name) => lang == "zh" ? $"{name}现在无法操作。" : $"I could not reach {name}.";

    public static string Busy(string lang) => lang == "zh" ? "现在太忙了，请稍后再说一次。" : "I am busy right now; please say it again in a moment.";

    public static string NoLongerFits(string lang, string name) =>
        lang == "zh" ? $"{name}已经不能这样操作了，请重新教我。" : $"{name} cannot do what you taught me any more; please teach me again.";

    private static bool IsOnOff(JsonProperty property) =>
        property.Name.EndsWith(".on", StringComparison.Ordinal) && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False;

    /// <summary>"light.color-temperature" → "color temperature".</summary>
    private static string Words(string key)
    {
        var dot = key.LastIndexOf('.');
        return key[(dot + 1)..].Replace('-', ' ');
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "on",
        JsonValueKind.False => "off",
        JsonValueKind.Number => value.GetDouble().ToString("0.##", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
