using AiotHub.Automation.Modes;

namespace AiotHub.Automation.Voice;

/// <summary>Explicit home-mode requests only ("switch to away mode", "切换到离家模式", "set the house to sleep"); "I'm going out" is not one.</summary>
internal static class HomeModeReader
{
    private static readonly (string Phrase, string Mode)[] Phrases =
    [
        ("leave home mode", HomeModes.Away), ("leaving home mode", HomeModes.Away), ("away mode", HomeModes.Away), ("away", HomeModes.Away), ("离家模式", HomeModes.Away), ("外出模式", HomeModes.Away), ("离家", HomeModes.Away), ("外出", HomeModes.Away),
        ("home mode", HomeModes.Home), ("at home mode", HomeModes.Home), ("在家模式", HomeModes.Home), ("回家模式", HomeModes.Home), ("居家模式", HomeModes.Home), ("在家", HomeModes.Home),
        ("sleep mode", HomeModes.Sleep), ("sleeping mode", HomeModes.Sleep), ("night mode", HomeModes.Sleep), ("sleep", HomeModes.Sleep),
        ("睡眠模式", HomeModes.Sleep), ("睡觉模式", HomeModes.Sleep), ("夜间模式", HomeModes.Sleep), ("睡眠", HomeModes.Sleep), ("home", HomeModes.Home),
    ];

    /// <summary>Explicit mode phrases: they win over a scene found only through a built-in synonym ("going to bed, sleep mode please").</summary>
    public static readonly string[] Explicit = ["sleep mode", "away mode", "home mode", "睡眠模式", "离家模式", "在家模式", "外出模式"];

    private static readonly string[] Markers = ["mode", "set the house", "set the home", "switch the house", "switch the home", "put the house", "put the home", "house to", "home to",
        "模式", "切换", "设置", "设为", "调成", "进入", "开启", "打开", "启动", "change to", "switch to", "set to", "put it on", "put it in", "put us on", "put us in", "put the place on", "activate", "enable", "turn on", "go to"];

    private static readonly (string Word, string Mode)[] Bare =
    [
        ("leave", HomeModes.Away), ("leaving", HomeModes.Away), ("away", HomeModes.Away), ("离家", HomeModes.Away), ("外出", HomeModes.Away), ("sleep", HomeModes.Sleep), ("睡眠", HomeModes.Sleep), ("睡觉", HomeModes.Sleep),
        ("home", HomeModes.Home), ("在家", HomeModes.Home), ("居家", HomeModes.Home),
    ];

    // What may stand before "mode"/"模式" in a home-mode request; another word there ("vacation mode", "度假模式") is a mode this hub does not have.
    private static readonly string[] ModeNames = ["away", "home", "house", "sleep", "sleeping", "night", "at home", "the", "to", "离家", "外出", "在家", "回家", "居家", "睡眠", "睡觉", "夜间", "家庭", "家里", "到", "成", "为", "的", "把", "将", "个", "下", "开", "换", "改", "leave", "leaving"];

    // Ending away or sleep is being home again: "turn off away mode", "关闭离家模式", "退出睡眠模式".
    private static readonly string[] Ends = ["take it off", "take off", "off away", "come out of", "out of", "turn off", "switch off", "disable", "deactivate", "exit", "cancel", "end", "stop", "关闭", "退出", "取消", "关掉", "结束", "解除", "关了", "关一下", "停掉", "别开了"];

    public static string? Read(Utterance u)
    {
        if (u.NamesSomething || NamesAnotherMode(u.Text))
            return null;
        var mode = ReadMode(u);
        return mode is HomeModes.Away or HomeModes.Sleep && u.TextHasAny(Ends) ? HomeModes.Home : mode;
    }

    private static string? ReadMode(Utterance u)
    {
        // "change the home mode to sleep", "house mode home", "家庭模式改成睡眠": a mode word beside "mode"; "home" names the mode only when no other does.
        if (u.TextHasAny(["mode", "模式"]))
        {
            var text = u.Text.Replace("home mode", " ", StringComparison.Ordinal).Replace("house mode", " ", StringComparison.Ordinal)
                .Replace("家庭模式", " ", StringComparison.Ordinal).Replace("家里模式", " ", StringComparison.Ordinal);
            foreach (var (word, mode) in Bare)
                if (VoiceText.Contains(text, word))
                    return mode;
            if (VoiceText.ContainsAny(u.Text, "home mode", "house mode"))
                return HomeModes.Home;
        }

        foreach (var (phrase, mode) in Phrases)
        {
            if (!VoiceText.Contains(u.Text, phrase))
                continue;
            // A bare "away" or "离家" needs a mode word or a verb that sets it.
            if (phrase.Contains("mode", StringComparison.Ordinal) || phrase.Contains("模式", StringComparison.Ordinal) || u.TextHasAny(Markers))
                return mode;
        }

        return null;
    }

    private static bool NamesAnotherMode(string text)
    {
        var at = text.IndexOf(" mode", StringComparison.Ordinal);
        if (at > 0)
        {
            var before = text[..at].TrimEnd();
            var word = before[(before.LastIndexOf(' ') + 1)..];
            return word.Length > 0 && !ModeNames.Contains(word);
        }

        at = text.IndexOf("模式", StringComparison.Ordinal);
        if (at <= 0)
            return false;
        var prefix = text[..at].TrimEnd();
        foreach (var name in ModeNames)
            if (prefix.EndsWith(name, StringComparison.Ordinal))
                return false;
        return prefix.Length > 0 && VoiceText.IsCjk(prefix[^1]);
    }

    public static string Describe(string mode, string lang) => (mode, lang) switch
    {
        (HomeModes.Away, "zh") => "离家模式",
        (HomeModes.Sleep, "zh") => "睡眠模式",
        (_, "zh") => "在家模式",
        _ => mode + " mode",
    };
}
