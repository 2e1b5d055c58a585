using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Reads the action from the words an <see cref="Utterance"/> leaves after its entities: settings first (mute, volume,
/// colour, brightness, temperature, fan, mode), then media and cleaning verbs, then open/close and on/off, then a bare
/// direction. Each list is per language; Latin words match at word boundaries.
/// </summary>
internal static partial class RequestReader
{
    private static readonly string[] Unmute = ["unmute", "un mute", "sound on", "sound back", "turn the sound on", "turn sound on", "switch the sound on", "别静音", "不要静音", "甭静音", "声音打开", "声音开", "把声音开", "放出声音", "取消静音", "打开声音", "恢复声音", "开声音", "解除静音"];
    private static readonly string[] Mute = ["没声", "整没声", "mute", "silence", "sound off", "no sound", "kill the sound", "turn off sound", "turn sound off", "cut the sound", "hush", "shush", "shut up", "be quiet", "keep quiet", "go quiet", "安静点", "安静一下", "安静一点", "别吵了", "不要吵了", "别响了", "声音关掉", "声音关了", "声音关闭", "声音都关", "静音", "关掉声音", "关闭声音", "关声音", "别出声", "不要出声", "闭嘴"];
    private static readonly string[] Volume = ["volume", "louder", "quieter", "softer", "sound", "音量", "声音", "大声", "小声", "大点声", "小点声", "声"];
    private static readonly string[] TooLoud = ["too loud", "music is too strong", "music too strong", "sound is too strong", "volume is too strong", "so loud", "太吵", "太大声", "声太大", "好吵", "吵死", "太响", "声音太大"];
    private static readonly string[] TooQuiet = ["can't hear", "cant hear", "cannot hear", "too quiet", "听不到", "听不见", "听不清", "太小声", "声音太小", "声太小"];
    private static readonly string[] ColorTemperature = ["color temperature", "colour temperature", "色温"];
    private static readonly (string Word, double Kelvin)[] WhiteWords =
    [
        ("warm white", 2700), ("cool white", 6000), ("cold white", 6000), ("neutral white", 4000), ("natural white", 4000), ("daylight", 6500),
        ("warm light", 2700), ("cool light", 6000), ("white light", 5000), ("warm", 2700), ("white", 5000),
        ("最白", 6500), ("最冷", 6500), ("最暖", 2700), ("最黄", 2700), ("coolest white", 6500), ("coldest white", 6500), ("warmest white", 2700), ("coolest", 6500), ("warmest", 2700),
        ("暖白光", 3000), ("暖白", 3000), ("暖光", 2700), ("暖色", 2700), ("黄光", 2700), ("暖黄", 2700), ("冷白光", 6000), ("冷白", 6000), ("冷光", 6000), ("冷色", 6000),
        ("白光", 5000), ("自然光", 4000), ("中性光", 4000), ("日光", 6500), ("白色", 5000),
    ];

    private static readonly (string Word, int Rgb)[] Colours =
    [
        ("red", 0xFF0000), ("green", 0x00FF00), ("blue", 0x0000FF), ("yellow", 0xFFFF00), ("orange", 0xFFA500), ("purple", 0x800080), ("violet", 0x8F00FF),
        ("pink", 0xFFC0CB), ("cyan", 0x00FFFF), ("magenta", 0xFF00FF),
        ("红色", 0xFF0000), ("红光", 0xFF0000), ("绿色", 0x00FF00), ("绿光", 0x00FF00), ("蓝色", 0x0000FF), ("蓝光", 0x0000FF), ("黄色", 0xFFFF00), ("橙色", 0xFFA500),
        ("紫色", 0x800080), ("粉色", 0xFFC0CB), ("粉红", 0xFFC0CB), ("青色", 0x00FFFF), ("红", 0xFF0000), ("绿", 0x00FF00), ("蓝", 0x0000FF), ("紫", 0x800080),
    ];

    private static readonly string[] Brightness = ["brightness", "brighter", "brighten", "bright", "dim", "dimmer", "darker", "亮度", "亮", "暗"];
    private static readonly string[] TooDark = ["too dark", "dark as", "pitch dark", "pitch black", "这么暗", "那么暗", "看唔到", "so dark", "gloomy", "bit dim", "too dim", "quite dim", "rather dim", "very dim", "so dim", "dark in", "it's dark", "its dark", "kind of dark", "bit dark", "quite dark", "very dark", "dark here", "can't see a thing", "cant see a thing", "dim in here", "can't see", "cannot see", "pitch black", "黑乎乎", "太黑", "好黑", "黑了", "看不见", "太暗", "好暗", "有点暗", "看不清", "暗了"];
    private static readonly string[] TooBright = ["too bright", "so bright", "blinding", "hurts my eyes", "晃眼", "太刺眼", "太亮", "好亮", "刺眼"];
    private static readonly string[] Temperature = ["temperature", "temp", "degrees", "degree", "deg", "celsius", "centigrade", "°c", "°", "warmer", "cooler", "colder", "hotter", "温度", "度"];
    private static readonly string[] TooHot = ["too hot", "hot too much", "too much hot", "cool the place", "cool the house", "cool place", "cool house", "cool it down", "cool things down", "cool down", "凉快点", "凉快一点", "凉快些", "so hot", "i'm hot", "i am hot", "im hot", "i'm sweating", "feeling hot", "roasting", "hot in here", "it's hot", "its hot", "very hot", "really hot", "boiling", "sweating", "too warm", "stuffy", "sweltering", "scorching", "melting", "baking", "stifling", "muggy", "sticky", "cool it down", "cool the place down", "is hot", "are hot", "feel hot", "feels hot", "we're hot", "getting hot", "说热", "觉得热", "感觉热", "嫌热", "怕热", "temperature is too high", "temp is too high", "温度太高", "温度高了", "温度过高", "cool down", "cool the room", "cool things down", "降温", "凉快点", "凉快一点", "凉快些", "冷一点", "冷一些", "凉一点", "凉一些", "闷死", "好闷", "太闷", "闷得", "出汗", "流汗", "热得", "烤死",
        "好焗", "焗死", "太焗", "焗住", "焗到",
        "这么热", "这么闷", "太热", "好热", "热死", "很热", "有点热", "热了", "闷热", "太闷", "凉快"];
    private static readonly string[] TooCold = ["too cold", "so cold", "i'm cold", "i am cold", "im cold", "i'm freezing", "feeling cold", "我冷", "好冻", "冻死", "cold in here", "it's cold", "its cold", "freezing", "chilly", "nippy", "parky", "baltic", "brr", "very cold", "really cold", "too cool", "frozen", "shivering", "warm it up", "warm up", "is cold", "are cold", "feel cold", "feels cold", "we're cold", "getting cold", "说冷", "觉得冷", "感觉冷", "嫌冷", "怕冷", "temperature is too low", "temp is too low", "温度太低", "温度低了", "温度过低", "warm the room", "heat it up", "heat up", "升温", "暖和点", "暖和一点", "暖和些", "暖一点", "暖一些", "热一点", "热一些", "有点凉", "好凉", "太凉", "凉了", "凉飕飕", "冷飕飕", "冷得", "冻得", "冻死", "发抖",
        "这么冷", "那么冷", "太冷", "好冷", "冷死", "很冷", "有点冷", "冷了", "暖和"];
    private static readonly string[] StrongOn = ["turn on", "switch on", "power on", "打开", "开启", "开一下", "开开", "启动"];

    // Switched on said outright, beside a feeling given as the reason ("ceiling light on please it's pitch black", "空调开了 热死了").
    private static readonly string[] OnSaidOutright = [.. StrongOn, "开了", "开上", "开着", "开灯", "on please", "on now", "lights on", "light on", "open the light", "open the lamp", "open my", "on would you", "on will you", "on could you"];
    private static readonly string[] FanWords = ["fan speed", "fan level", "fan", "wind speed", "wind", "airflow", "suction", "suction power", "风速", "风量", "风力", "风", "吸力", "档"];
    private static readonly (string Word, string Entry)[] ModeWords =
    [
        ("fan mode", "fan"), ("fan only", "fan"), ("cooling", "cool"), ("cool", "cool"), ("heating", "heat"), ("heat", "heat"), ("dehumidify", "dry"), ("dry", "dry"), ("fan only", "fan"), ("automatic", "auto"), ("auto", "auto"),
        ("sleep", "sleep"), ("favorite", "favorite"), ("favourite", "favorite"), ("manual", "manual"), ("night", "night"), ("reading", "reading"), ("day", "day"), ("tv", "tv"),
        ("制冷", "cool"), ("冷风", "cool"), ("制热", "heat"), ("暖风", "heat"), ("热风", "heat"), ("除湿", "dry"), ("抽湿", "dry"), ("送风", "fan"), ("通风", "fan"), ("自动", "auto"), ("智能", "auto"),
        ("睡眠", "sleep"), ("喜爱", "favorite"), ("最爱", "favorite"), ("手动", "manual"), ("夜灯", "night"), ("夜间", "night"), ("夜晚", "night"), ("日光", "day"), ("白天", "day"),
        ("阅读", "reading"), ("看书", "reading"), ("看电视", "tv"), ("电视", "tv"), ("观影", "tv"),
    ];

    private static readonly (string Word, string Entry)[] LevelWords =
    [
        ("strongest", "max"), ("most powerful", "max"), ("full power", "max"), ("weakest", "min"), ("least", "min"), ("lowest", "min"), ("low", "low"), ("medium", "medium"), ("middle", "medium"), ("mid", "medium"), ("highest", "max"), ("high", "high"), ("maximum", "max"), ("max", "max"), ("full", "max"),
        ("quiet", "quiet"), ("silent", "quiet"), ("standard", "standard"), ("normal", "standard"), ("strong", "strong"), ("turbo", "turbo"), ("auto", "auto"), ("automatic", "auto"),
        ("最低", "min"), ("最小", "min"), ("最弱", "min"), ("低档", "low"), ("低速", "low"), ("低", "low"), ("小风", "low"), ("中档", "medium"), ("中速", "medium"), ("中", "medium"), ("最高", "max"), ("高档", "high"), ("高速", "high"),
        ("高", "high"), ("大风", "high"), ("最大", "max"), ("最强", "max"), ("超强", "turbo"), ("强力", "strong"), ("强", "strong"), ("安静", "quiet"), ("静音", "quiet"), ("标准", "standard"), ("自动", "auto"),
    ];

    private static readonly string[] Up = ["turn up", "bump up", "bring up", "jack up", "pump up", "crank up", "stronger", "more powerful", "harder", "强一点", "强一些", "强点", "调强", "加强", "开大", "拧大", "大力", "往上调", "往上", "上调", "调上去", "crank", "up", "higher", "raise", "increase", "more", "brighter", "brighten", "louder", "warmer", "hotter", "boost", "faster", "less cold", "less cool", "less chilly", "not so cold",
        "more big", "bigger", "more bright", "more loud", "more hot", "more warm", "more strong", "more high", "more power", "brighter please",
        "响一点", "响点", "响些", "大一档", "高一档", "强一档", "快一档", "加一档", "升一档", "调高", "升高", "提高", "高一点", "高一些", "高点", "高些", "再高", "调大", "加大", "大一点", "大一些", "大点", "大些", "增加", "调亮", "亮一点", "亮一些", "亮点", "亮些", "升", "加"];
    private static readonly string[] Down = ["turn down", "drop", "lessen", "tone down", "bring down", "take down", "weaker", "gentler", "less powerful", "弱一点", "弱一些", "弱点", "调弱", "减弱", "开小", "关小", "拧小", "往下调", "往下", "下调", "调下来", "down", "lower", "decrease", "reduce", "less", "dim", "dimmer", "darker", "quieter", "softer", "cooler", "colder", "slower",
        "more small", "smaller", "more cold", "more cool", "more dark", "more soft", "more quiet", "more low", "dimming", "less bright", "less loud", "less hot", "more dim",
        "小一档", "低一档", "弱一档", "慢一档", "减一档", "降一档", "调低", "降低", "低一点", "低一些", "低点", "低些", "再低", "调小", "减小", "小一点", "小一些", "小点", "小些", "调暗", "暗一点", "暗一些", "暗点", "暗些", "降", "减"];
    private static readonly string[] AbsoluteMarks = ["to", "at", "set", "到", "为", "成", "在"];
    private static readonly string[] DeltaMarks = ["by", "再", "多"];

    private static readonly string[] Resume = ["resume", "unpause", "continue", "keep playing", "carry on", "继续", "恢复播放", "接着放", "接着播", "继续播放"];
    private static readonly string[] Pause = ["pause", "hold on", "暂停"];
    private static readonly string[] Next = ["next", "skip", "下一首", "下一曲", "下一个", "下一集", "切歌", "换一首", "换首歌", "换一个"];
    private static readonly string[] Previous = ["previous", "song before", "track before", "the one before", "previous song", "上首歌", "last song", "last track", "go back", "back one", "上一首", "上一曲", "上一个", "上一集"];
    private static readonly string[] StopPlaying = ["stop", "stop playing", "stop the music", "stop music", "stop playback", "停止播放", "别放了", "不要放了", "停止", "停下", "停"];
    private static readonly string[] Play = ["play", "播放", "放", "我要听", "我想听", "听首", "听点", "要听", "想听", "听一下", "听会儿", "听广播", "听听", "听下", "来听", "来段", "来一段", "来点"];
    private static readonly string[] Music = ["music", "some music", "a song", "songs", "song", "tunes", "some tunes", "音乐", "歌", "歌曲", "首歌", "点音乐", "点歌", "些音乐", "些歌", "歌吧", "音乐吧"];
    private static readonly string[] Input = ["hdmi", "av", "usb", "antenna", "aerial", "freeview", "input", "source", "信号源", "输入源", "信号", "u盘"];
    private static readonly string[] Clean = ["start cleaning", "clean", "cleaning", "sweep", "vacuum", "hoover", "扫地", "打扫", "清扫", "清洁", "扫一下", "扫一扫", "扫"];
    private static readonly string[] Dock = ["charger", "its base", "dock", "go home", "home", "回家充电", "回充电", "go back", "return", "recharge", "charge", "charging", "base", "回充", "充电", "回去", "回家", "回座"];

    private static readonly string[] Open = ["open", "raise", "拉开", "打开", "开"];
    private static readonly string[] Close = ["close", "closed", "draw", "shut", "lower", "拉埋", "拉上", "关上", "合上", "关", "拉起来", "往回拉", "拉回来", "拉回"];
    private static readonly string[] Half = ["halfway", "half way", "half", "一半", "半开"];
    private static readonly string[] Off = ["put off", "extinguish", "put out the", "断电", "切断", "关闭电源", "turn off", "switch off", "shut off", "shut down", "power off", "off", "kill", "disable", "deactivate", "stop", "cut", "unplug",
        "断电", "断开", "拔掉", "灭掉", "灭了",
        "关掉", "关闭", "关了", "关上", "关机", "关", "停止", "停"];
    private static readonly string[] On = ["turn on", "switch on", "power on", "on", "start", "enable", "activate", "fire up", "boil", "get going", "get it going", "get it running", "crank on", "crank up", "power up", "boot up", "start up",
        "通电", "上电", "点亮", "亮起来",
        "开起来", "开起", "弄起来", "搞起来", "整起来", "动起来", "开起来", "跑起来", "运行起来", "干活", "开开", "弄开", "搞开", "整开",
        "打开", "开启", "开机", "启动", "开始", "用一下", "用用", "开"];

    private static readonly (string[] Words, string Key)[] Features =
    [
        (["eco mode", "eco", "energy saving", "energy saver", "节能模式", "节能", "省电模式", "省电", "经济模式"], "air-conditioner.eco"),
        (["swing left and right", "left and right", "horizontal swing", "side to side", "左右摆风", "左右扫风", "左右摆动", "左右风"], "fan-control.horizontal-swing"),
        (["swing up and down", "up and down", "vertical swing", "上下摆风", "上下扫风", "上下摆动", "上下风", "swing", "swinging", "louvres", "louvers", "摆风", "扫风", "摆叶"], "fan-control.vertical-swing"),
        (["child lock", "button lock", "lock the buttons", "the buttons", "buttons", "controls", "童锁", "按键锁", "锁定按键", "按键", "儿童锁"], "air-purifier.physical-controls-locked"),
    ];

    private static readonly string[] FeatureOff = ["off", "stop", "disable", "unlock", "turn off", "deactivate", "关", "停", "解锁", "取消", "不要"];
    private static readonly string[] FeatureOn = ["on", "enable", "start", "lock", "activate", "use", "开", "锁", "启用", "启动"];

    private static readonly (string[] Words, string Entry)[] Keys =
    [
        (["menu", "菜单"], "Menu"), (["home screen", "go to home", "home button", "main screen", "home page", "主页", "首页", "主界面", "桌面"], "Home"),
        (["back button", "go back", "press back", "hit back", "返回键", "返回"], "Back"), (["ok", "okay", "select", "enter", "confirm", "确定", "确认"], "OK"),
        (["move up", "press up", "go up", "往上", "上键", "向上"], "Up"), (["move down", "press down", "go down", "往下", "下键", "向下"], "Down"),
        (["move left", "press left", "go left", "to the left", "to left", "往左", "左键", "向左", "左边"], "Left"), (["move right", "press right", "go right", "to the right", "to right", "往右", "右键", "向右", "右边"], "Right"),
    ];

    public static VoiceRequest Read(Utterance u, VoiceOptions options)
    {
        var r = ReadCore(u, options);
        // ("墙壁开关左右两边全打开": both.)
        var part = u.HasAny(["左右", "两边", "left and right", "both sides"]) ? null
            : u.HasAny(["left", "左", "左边", "左键"]) ? "left" : u.HasAny(["right", "右", "右边", "右键"]) ? "right" : null;
        // "all lights on at 30 percent", "打开空调调到24度", "switch the purifier on in sleep mode": switched on as well.
        var alsoOn = r.Verb == VoiceVerb.Set && Last(u.Rest, Off) < 0
            && (r.Setting is VoiceSetting.Brightness or VoiceSetting.ColorTemperature or VoiceSetting.Color && Last(u.Rest, On) >= 0
                || r.Setting is VoiceSetting.Temperature or VoiceSetting.Mode or VoiceSetting.FanLevel && Last(u.Text, StrongOn) >= 0);
        return r with { Part = part, AlsoOn = r.AlsoOn || alsoOn };
    }

    /// <summary>Whether the words say how the room feels (too hot, cold, dark, bright, loud or quiet) rather than what to do.</summary>
    public static bool IsFeeling(Utterance u) =>
        u.HasAny(TooHot) || u.HasAny(TooCold) || u.HasAny(TooDark) || u.HasAny(TooBright) || u.HasAny(TooLoud) || u.HasAny(TooQuiet);

    private static readonly string[] Joins = [" and ", " in ", " with ", " then ", " plus ", " also ", "和", "并且", "然后", "同时", "还有", "再把"];

    /// <summary>
    /// Every setting the utterance asks of its devices: "set the ac to 26 degrees in cool mode", "卧室灯亮度五十 色温四千",
    /// "空调制冷二十四度". The first is the main request; the others are other settings of the same devices, each read from
    /// its own clause with its own number.
    /// </summary>
    public static IReadOnlyList<VoiceRequest> ReadAll(Utterance u, VoiceOptions options)
    {
        var whole = Read(u, options);
        // "twenty five and a half": one number, not a second clause.
        if (whole.Setting == VoiceSetting.None || whole.Verb is not (VoiceVerb.Set or VoiceVerb.Up or VoiceVerb.Down) || u.TextHasAny(["and a half"]))
            return [whole];
        var clauses = new List<string> { u.Clauses.Length > 0 ? u.Clauses : u.Rest };
        foreach (var join in Joins)
            clauses = [.. clauses.SelectMany(c => c.Split(join, StringSplitOptions.RemoveEmptyEntries))];
        if (u.Language == "zh") // "空调调成制冷模式二十六度": a mode said ends its clause here too.
            clauses = [.. clauses.SelectMany(c => c.Replace("模式", "模式 ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        else // "purifier manual mode fan high": a mode said ends its clause.
            clauses = [.. clauses.SelectMany(c => c.Replace(" mode ", " mode |", StringComparison.Ordinal).Replace(" fan level ", " | fan level ", StringComparison.Ordinal)
                .Replace(" fan speed ", " | fan speed ", StringComparison.Ordinal).Split('|', StringSplitOptions.RemoveEmptyEntries))];
        var found = new List<VoiceRequest>();
        if (clauses.Count > 1)
            foreach (var clause in clauses)
            {
                var text = UtteranceReader.DropFillers(" " + clause.Trim() + " ", u.Language);
                var n = VoiceNumbers.First(text) is { } v && text.Contains("度半", StringComparison.Ordinal) ? v + 0.5 : VoiceNumbers.First(text);
                // "床头灯调成黄色 像月亮一样": a likeness says how, not another setting.
                if (VoiceText.ContainsAny(text, "像", "一样", "似的") || text.TrimStart().StartsWith("like ", StringComparison.Ordinal))
                    continue;
                var r = ReadCore(u with { Rest = text, Number = n }, options);
                // A feeling said as the reason ("…dry mode, it's sticky in here", "调成制热 冻得不行") asks nothing more.
                if (n is null && (VoiceText.ContainsAny(text, TooHot) || VoiceText.ContainsAny(text, TooCold) || VoiceText.ContainsAny(text, TooDark) || VoiceText.ContainsAny(text, TooBright)
                    || VoiceText.ContainsAny(text, TooLoud) || VoiceText.ContainsAny(text, "吵", "noisy")))
                    continue;
                // A bare number beside another setting is the device's main value: "ac 26 and cooling".
                if ((r.Setting != VoiceSetting.None && r.Verb is VoiceVerb.Set or VoiceVerb.Up or VoiceVerb.Down || r is { Verb: VoiceVerb.Set, Setting: VoiceSetting.None, Value: not null })
                    && !found.Any(f => f.Setting == r.Setting))
                    found.Add(r with { Part = whole.Part });
            }

        // "空调制冷二十四度": a mode named beside another setting of an air conditioner or purifier.
        if (!found.Any(f => f.Setting == VoiceSetting.Mode) && whole.Setting != VoiceSetting.Mode && (u.Mentions("air-conditioner") || u.Mentions("air-purifier")))
            foreach (var (word, entry) in ModeWords)
                if (word.Length > 1 && word != "tv" && u.Has(word) && !(whole.Setting == VoiceSetting.FanLevel && whole.Word == entry))
                {
                    if (found.Count == 0)
                        found.Add(whole);
                    found.Add(new(VoiceVerb.Set, VoiceSetting.Mode, Word: entry));
                    break;
                }

        // "AC on cool at 23": a set point said beside the mode.
        if (whole is { Verb: VoiceVerb.Set, Setting: VoiceSetting.Mode } && found.Count == 0 && u.Number is >= 16 and <= 30 && u.Mentions("air-conditioner")
            && !u.TextHasAny(["%", "percent", "百分之", "fan", "风"]))
            return [whole, new(VoiceVerb.Set, VoiceSetting.Temperature, u.Number)];
        return found.Count > 1 ? found : [whole];
    }

    private static VoiceRequest ReadCore(Utterance u, VoiceOptions options)
    {
        var number = u.Number;
        var zh = u.Language == "zh";
        // "on all the lights i can't see anything", "off the tv lah": Nigerian and Singapore English put the verb first.
        if (!zh && number is null && u.NamesSomething && (u.Text.StartsWith(" on ", StringComparison.Ordinal) || u.Text.StartsWith(" off ", StringComparison.Ordinal))
            && !u.HasAny(["sound", "volume", "music", "swing", "mode", "eco", "lock", "press", "hit", "push", "button"]))
            return new(u.Text.StartsWith(" on ", StringComparison.Ordinal) ? VoiceVerb.On : VoiceVerb.Off);
        // "air conditioner on, it's thirty five degrees out there", "快把空调打开 外面都四十度了": the weather's number is why.
        if (number is not null && u.TextHasAny(["out there", "outside", "outdoors", "外面", "室外", "外头"]) && (Last(u.Rest, Off) >= 0 || Last(u.Rest, On) >= 0)
            && !u.HasAny(["heat", "heating", "cool", "cooling", "mode", "set", "to", "制热", "制冷", "调到", "调成", "设"]))
            return new(Last(u.Rest, Off) > Last(u.Rest, On) ? VoiceVerb.Off : VoiceVerb.On);

        if (FilterReset(u))
            return new(VoiceVerb.ResetFilter);
        // "插座的用电量清零 留给下一个租客", "reset the kettle plug's energy meter".
        if (u.TextHasAny(["energy", "power consumption", "usage", "kwh", "meter", "用电量", "电量统计", "耗电量", "电量"]) && u.TextHasAny(["reset", "zero", "clear", "清零", "重置", "归零", "复位"]))
            return new(VoiceVerb.ResetEnergy);
        // "the curtain opens the wrong way round, swap its direction", "窗帘电机方向反了 给它调过来": its motor reversed.
        if (u.Mentions("curtain") && u.TextHasAny(["wrong way", "reverse", "backwards", "direction", "方向反", "反向", "反了", "调过来", "反过来"]))
            return new(u.TextHasAny(["back to normal", "normal direction", "恢复正常", "改回来", "正向"]) ? VoiceVerb.Off : VoiceVerb.On, VoiceSetting.Feature, Word: "curtain.motor-reverse");
        if (PowerOnState(u) is { } state)
            return new(VoiceVerb.PowerOnState, Value: state);

        foreach (var (words, key) in Features)
        {
            if (!u.TextHasAny(words))
                continue;
            // "stop the side to side swing on the ac": "on the" says where, not what.
            var said = u.Text.Replace(" on the ", " at the ", StringComparison.Ordinal);
            var disable = Last(said, FeatureOff);
            return new(disable > Last(said, FeatureOn) ? VoiceVerb.Off : VoiceVerb.On, VoiceSetting.Feature, Word: key);
        }

        var (direction, delta) = Direction(u, number);
        // "声音开大一点" turns it up; only "声音打开" with no direction unmutes.
        if (Message(u) is { } message)
            return new(VoiceVerb.Say, Word: message, Implied: true);
        if (u.HasAny(Unmute) && direction is null || u.HasAny(["取消", "解除", "恢复"]) && u.HasAny(["静音", "声音"]))
            return new(VoiceVerb.Unmute, Implied: true);
        if (u.HasAny(Mute) && !u.Mentions("robot-vacuum"))
            return new(VoiceVerb.Mute, Implied: true);
        // "turn off the aircon, it's cooled down enough", "净化器关一下 太吵了": switched off outright; the feeling is why.
        if (u.NamesSomething && number is null && (Last(u.Text, ["turn off", "switch off", "shut off", "关掉", "关了", "关闭", "关一下", "关上"]) >= 0 || Phrasal(u.Rest) == VoiceVerb.Off)
            && !u.Mentions("curtain") && (u.HasAny(TooHot) || u.HasAny(TooCold) || u.HasAny(TooLoud) || u.HasAny(["noisy", "吵", "热风", "冷风"]) || u.HasAny(TooBright) || u.HasAny(TooDark)
                || direction is not null && !u.HasAny(Volume) && !u.HasAny(Brightness) && !u.HasAny(FanWords) && !u.HasAny(Temperature)))
            return new(VoiceVerb.Off);

        // "所有的声音都关了", "turn the sound off": the sound switched off is a mute, switched on an unmute.
        if (direction is null && u.HasAny(["声音", "sound", "audio"]) && !u.HasAny(["大", "小", "高", "低", "调"]))
        {
            var soundOff = Last(u.Rest, Off);
            var soundOn = Last(u.Rest, On);
            if (soundOff >= 0 || soundOn >= 0)
                return new(soundOff > soundOn ? VoiceVerb.Mute : VoiceVerb.Unmute, Implied: true);
        }

        // "扫地机器人别扫了", "别放了": 别/不要/甭 + the thing it does + 了 is "stop doing it", not "don't" (before its noise: "先别扫了 吵到宝宝了").
        if (u.Mentions("robot-vacuum") && u.HasAny(["别扫", "不要扫", "甭扫", "不用扫", "不扫了", "别拖", "不要拖", "stop cleaning", "stop sweeping", "stop vacuuming"]))
            return new(VoiceVerb.Stop);
        // "the living room light could be a bit softer": a softer light is a dimmer one, not a quieter one.
        if (u.Mentions("light") && !u.Mentions("speaker") && !u.Mentions("television") && !u.Mentions("tv-box") && u.HasAny(["softer", "gentler", "less harsh", "柔和", "柔一点"]))
            return new(VoiceVerb.Down, VoiceSetting.Brightness, Implied: true);
        // "the vacuum is too noisy": its suction, not a volume.
        // ("扫地机吸力调成标准的 吵得很": the level said outright wins over the noise given as its reason.)
        if ((u.Mentions("robot-vacuum") || u.Mentions("air-purifier")) && !u.Mentions("speaker") && !u.Mentions("television") && !u.Mentions("tv-box")
            && u.HasAny([.. TooLoud, "noisy", "吵", "quieter", "小声", "安静一点", "安静点", "安静些"])
            && Last(u.Rest, Off) < 0 && Last(u.Text, StrongOn) < 0 && !(u.HasAny(["调成", "调到", "设成", "设为", "换成", "to", "on"]) && LevelWords.Any(l => l.Word.Length > 1 && u.Has(l.Word))))
            return new(VoiceVerb.Down, VoiceSetting.FanLevel);
        // A mode said by name ("夜灯模式", "cool mode") before the white and colour words it shares ("日光").
        // ("put the big light on reading": a light's mode said after "on" or "to".)
        if (u.HasAny(["mode", "模式", "setting", "preset"]) || u.Mentions("light") && u.HasAny(["on reading", "to reading", "on night", "to night"]))
            foreach (var (word, entry) in ModeWords)
                if (u.Has(word) && !(word == "tv" && !u.HasAny(["mode", "模式"])))
                    return new(VoiceVerb.Set, VoiceSetting.Mode, Word: entry);
        // (A purifier's or robot's noise is its fan: read below.)
        // ("the music is too loud": what plays music, the speaker.)
        if (u.HasAny(TooLoud) && !((u.Mentions("robot-vacuum") || u.Mentions("air-purifier")) && !u.Mentions("speaker") && !u.Mentions("television") && !u.Mentions("tv-box")))
            return new(VoiceVerb.Down, VoiceSetting.Volume, Word: u.HasAny(["music", "song", "songs", "音乐", "歌"]) ? "music" : null, Implied: true);
        // ("turn the telly up to thirty, I can't hear them": the value said wins over the feeling.)
        if (u.HasAny(TooQuiet) && !(number is not null && u.HasAny(AbsoluteMarks)))
            return new(VoiceVerb.Up, VoiceSetting.Volume, Implied: true);
        // ("music down a notch", "音乐小点声": the volume of what plays music.)
        if (u.HasAny(Volume) && !(zh && u.Has("声") && !u.HasAny(["声音", "音量", "大声", "小声", "大点声", "小点声"])))
            return Setting(VoiceSetting.Volume, direction ?? (number is not null ? null
                // "音箱超小声的 大声一点": the last of the two is the wish.
                : Last(u.Rest, ["quieter", "softer", "小声", "小点声"]) > Last(u.Rest, ["louder", "大声", "大点声"]) ? VoiceVerb.Down
                : Last(u.Rest, ["louder", "大声", "大点声"]) >= 0 ? VoiceVerb.Up : null), delta, number, implied: true, u) is var volume
                && !u.NamesSomething && u.HasAny(["music", "song", "songs", "tune", "tunes", "音乐", "歌"]) ? volume with { Word = "music" } : volume;

        // "the warmest white it goes", "最暖的那种黄光", "coolest white": the end of the colour temperature's range.
        if ((u.Mentions("light") || u.HasAny(ColorTemperature)) && u.HasAny(["warmest", "最暖", "最黄"]))
            return new(VoiceVerb.Set, VoiceSetting.ColorTemperature, Word: "min");
        if ((u.Mentions("light") || u.HasAny(ColorTemperature)) && u.HasAny(["coolest", "coldest", "whitest", "最冷", "最白"]))
            return new(VoiceVerb.Set, VoiceSetting.ColorTemperature, Word: "max");
        // "色温调冷一点", "make the colour temperature warmer": cooler is more kelvin, warmer less.
        if (u.HasAny(ColorTemperature) && direction is null && number is null && u.HasAny(["冷", "cool", "cooler", "colder", "bluer", "白"]))
            return new(VoiceVerb.Up, VoiceSetting.ColorTemperature);
        if (u.HasAny(ColorTemperature) && direction is null && number is null && u.HasAny(["暖", "warm", "warmer", "yellower", "黄"]))
            return new(VoiceVerb.Down, VoiceSetting.ColorTemperature);
        if (u.HasAny(ColorTemperature) || number >= 1000 && u.HasAny(["kelvin", "k"]))
            return Setting(VoiceSetting.ColorTemperature, direction, delta, number, implied: false);
        if (u.Mentions("light") && u.HasAny(["冷一点", "调冷", "冷些", "冷点", "冷一些", "cooler", "colder", "bluer", "whiter", "more white", "白一点", "白一些", "白点"]))
            return new(VoiceVerb.Up, VoiceSetting.ColorTemperature);
        if (u.Mentions("light") && u.HasAny(["暖一点", "调暖", "暖些", "暖点", "暖一些", "warmer", "yellower", "less white", "less blue", "黄一点", "黄一些", "黄点"]))
            return new(VoiceVerb.Down, VoiceSetting.ColorTemperature);
        foreach (var (word, kelvin) in WhiteWords)
            // ("open the curtains, I need daylight": a white named beside something that is no light is why.)
            if (u.Has(word) && (u.Mentions("light") || !u.NamesSomething && (zh || word.Contains("white", StringComparison.Ordinal) || word.Contains("light", StringComparison.Ordinal))))
                return new(VoiceVerb.Set, VoiceSetting.ColorTemperature, kelvin);
        if (u.Mentions("light") && u.HasAny(["warmer", "cooler"]))
            return new(u.Has("warmer") ? VoiceVerb.Down : VoiceVerb.Up, VoiceSetting.ColorTemperature);
        foreach (var (word, rgb) in Colours)
            if (u.Has(word) && (!zh || word.Length > 1 || u.Mentions("light")))
                return new(VoiceVerb.Set, VoiceSetting.Color, rgb);

        // "窗帘拉到一半 太阳晃眼", "curtains to a quarter open, it's bright out": the position asked for; the light is why.
        if (u.Mentions("curtain") && !u.Mentions("light") && (u.HasAny(TooDark) || u.HasAny(TooBright)) && (u.HasAny(Half) && number is null || number is not null && direction is null))
            return new(VoiceVerb.Set, VoiceSetting.Position, number ?? 50);
        // "窗帘往下放点 太阳晒着沙发了": let down is drawn, a little with 点.
        if (u.Mentions("curtain") && u.HasAny(["往下放", "放下来", "放下", "放低"]))
            return u.HasAny(["点", "一点", "一些", "些"]) ? new(VoiceVerb.Down, VoiceSetting.Position) : new(VoiceVerb.Close);
        // "窗帘拉上 太阳晃眼": the curtain is what was asked; the glare is why.
        if (u.Mentions("curtain") && (Last(u.Rest, Close) >= 0 || Last(u.Rest, Open) >= 0)
            && (u.HasAny(TooDark) || u.HasAny(TooBright) || u.HasAny(["天亮", "天黑", "亮了", "黑了", "daylight", "sunrise", "sunset", "sun's up", "sun is up", "dark outside"])))
            return new(Last(u.Rest, Close) > Last(u.Rest, Open) ? VoiceVerb.Close : VoiceVerb.Open);
        // "ceiling light on please it's pitch black": switched on; the dark is why.
        if (u.HasAny(TooDark) && u.NamesSomething && Last(u.Text, OnSaidOutright) >= 0)
            return new(VoiceVerb.On);
        if (u.HasAny(TooDark))
            return new(VoiceVerb.Up, VoiceSetting.Brightness, Implied: true);
        if (u.HasAny(TooBright))
            return new(VoiceVerb.Down, VoiceSetting.Brightness, Implied: true);
        if (u.HasAny(["full brightness", "maximum brightness", "max brightness", "brightest", "最亮"]))
            return new(VoiceVerb.Set, VoiceSetting.Brightness, 100, Implied: true);
        // (Not of a curtain: "curtains to a quarter open, it's bright out" says why.)
        if (u.HasAny(Brightness) && !(u.Mentions("curtain") && !u.Mentions("light")))
        {
            var dir = direction ?? (number is not null ? null
                : u.HasAny(["dim", "dimmer", "darker", "暗"]) ? VoiceVerb.Down : u.HasAny(["brighter", "brighten", "亮一", "亮点", "亮些", "调亮"]) ? VoiceVerb.Up : null);
            return Setting(VoiceSetting.Brightness, dir, delta, number, implied: true, u);
        }

        // "fan on full, it's stifling in here", "风力开最大 热死人了": a fan level said outright wins over the feeling given as its
        // reason (and with no device named, asks which fan).
        if (u.HasAny(FanWords) && (u.HasAny(TooHot) || u.HasAny(TooCold)) && direction is null && number is null
            && LevelWords.FirstOrDefault(l => l.Word.Length > 1 && u.Has(l.Word)) is { Word: not null } fanLevel)
            return new(VoiceVerb.Set, VoiceSetting.FanLevel, Word: fanLevel.Entry, Implied: !u.NamesSomething);
        // "空调关了吧 太冷了", "turn on the ac it's too hot": a power verb said outright wins over the feeling given as its reason.
        // ("开一下" is read on the whole text: the rest has lost "一下".)
        // (The dark was answered above.)
        if ((u.NamesSomething || u.Group) && (Last(u.Rest, Off) >= 0 || Last(u.Text, OnSaidOutright) >= 0) && direction is null && (u.HasAny(TooHot) || u.HasAny(TooCold)))
            return new(Last(u.Rest, Off) >= 0 && Last(u.Text, OnSaidOutright) < 0 || Last(u.Rest, Off) > Last(u.Rest, OnSaidOutright) && Last(u.Rest, OnSaidOutright) >= 0
                ? VoiceVerb.Off : VoiceVerb.On);
        // "空调调成制热 晚上太冷了", "switch the AC to heating, it's freezing": the mode asked for, not the feeling given as the reason.
        if (u.Mentions("air-conditioner") && !u.HasAny(FanWords) && u.HasAny(["调成", "切换", "切到", "开成", "改成", "换成", "调到", "开", "to", "switch", "set", "put", "on"]))
            foreach (var (word, entry) in ModeWords)
                if ((word.Length > 3 || word.Length == 2 && VoiceText.IsCjk(word[0])) && u.Has(word) && entry is "cool" or "heat" or "dry" or "fan" or "auto")
                    return new(VoiceVerb.Set, VoiceSetting.Mode, Word: entry);
        // "空调调到二十七度 别太凉": a set point said outright wins over the feeling said with it.
        var setPoint = number is not null && u.HasAny(AbsoluteMarks);
        // "她永远嫌冷 我永远嫌热": one too cold and one too hot asks nothing of the air conditioner.
        if (u.HasAny(TooHot) && u.HasAny(TooCold) && !setPoint && direction is null)
            return VoiceRequest.None;
        if (u.HasAny(TooHot) && !setPoint)
            return new(VoiceVerb.Down, VoiceSetting.Temperature, Delta: delta, Implied: true);
        if (u.HasAny(TooCold) && !setPoint)
            return new(VoiceVerb.Up, VoiceSetting.Temperature, Delta: delta, Implied: true);

        var fan = u.HasAny(FanWords);
        if (fan)
        {
            // "风速调低一点", "lower the fan": a direction, unless a level follows "to"/"到" ("turn the fan down to low").
            if (direction is not null && number is null && !u.HasAny(["to", "到", "成", "为"]))
                return new(direction.Value, VoiceSetting.FanLevel);
            // Said with no device, a fan setting goes to the one device with a fan, else asks which ("风速开最大").
            foreach (var (word, entry) in LevelWords)
                if (u.Has(word))
                    return new(VoiceVerb.Set, VoiceSetting.FanLevel, Word: entry, Implied: !u.NamesSomething);
            if (direction is not null)
                return new(direction.Value, VoiceSetting.FanLevel, Implied: !u.NamesSomething);
            if (number is { } level)
                return new(VoiceVerb.Set, VoiceSetting.FanLevel, level);
        }

        if (direction is not null && u.HasAny(["heat", "heating", "暖气"]))
            return new(direction.Value, VoiceSetting.Temperature, Delta: delta, Implied: true);
        if (u.HasAny(Temperature) && !(zh && u.Has("度") && !u.Has("温度") && number is null && direction is null))
            return Setting(VoiceSetting.Temperature, direction, delta, number, implied: true, u);

        if (u.HasAny(["mode", "模式", "档"]) || u.Mentions("air-conditioner") || u.Mentions("air-purifier") || u.Mentions("robot-vacuum"))
        {
            // (Not the robot's: "start the robot in fifteen minutes, once the floor's dry" names no mode.)
            foreach (var (word, entry) in ModeWords)
                if (u.Has(word) && !(word == "tv" && !u.HasAny(["mode", "模式"])) && !(u.Mentions("robot-vacuum") && !u.HasAny(["mode", "模式"])))
                    return new(VoiceVerb.Set, VoiceSetting.Mode, Word: entry);
            if (u.Mentions("robot-vacuum"))
                foreach (var (word, entry) in LevelWords)
                    if (u.Has(word) && word.Length > 1)
                        return new(VoiceVerb.Set, VoiceSetting.FanLevel, Word: entry);
        }

        // Remote keys, media and cleaning.
        if (u.Mentions("tv-box"))
            foreach (var (words, entry) in Keys)
                if (u.HasAny(words))
                    return new(VoiceVerb.Key, Word: entry);
        // "the music" is what the speaker plays: pause, stop or resume it there.
        var music = u.HasAny(["music", "song", "songs", "track", "音乐", "歌"]) ? "music" : null;
        if (u.HasAny(Pause))
            return new(VoiceVerb.Pause, Word: music, Implied: true);
        if (u.HasAny(Resume))
            return new(VoiceVerb.Resume, Word: music, Implied: true);
        // "切了 这歌贼难听": 切 said of a song is skip it.
        if (u.HasAny(Next) || music is not null && zh && u.HasAny(["切", "换"]))
            return new(VoiceVerb.Next, Implied: true);
        if (u.HasAny(Previous) && !u.Mentions("robot-vacuum"))
            return new(VoiceVerb.Previous, Implied: true);
        foreach (var (name, package) in options.TvApps)
            if (VoiceText.Contains(u.Rest, name))
                return new(VoiceVerb.App, Word: package, Implied: true);
        // "switch the telly back to normal tv", "电视换回电视台": the tuner.
        if (u.Mentions("television") && number is null && u.TextHasAny(["normal tv", "ordinary tv", "regular tv", "live tv", "tv channels", "tv channel", "channels", "broadcast", "频道", "电视台", "电视节目", "普通电视", "电视频道", "直播频道"])
            && u.TextHasAny(["back", "switch", "change", "set", "go to", "put", "换", "切", "回", "转", "调"]))
            return new(VoiceVerb.Input, Value: 0, Implied: true);
        if ((u.HasAny(Input) || u.TextHasAny(["tv信号", "电视信号"])) && TvInput(u.Text, number) is { } input)
            return new(VoiceVerb.Input, Value: input, Implied: true);
        if (u.Mentions("robot-vacuum") && (u.Text.StartsWith(" vacuum ", StringComparison.Ordinal) || u.Text.StartsWith(" hoover ", StringComparison.Ordinal))
            && !u.HasAny(["stop", "pause", "off", "halt", "dock", "home", "charge", "go back"]) && direction is null)
            return new(VoiceVerb.Clean, Implied: true);
        // "扫地机器人别扫了", "别放了": 别/不要/甭 + the thing it does + 了 is "stop doing it", not "don't".
        if (u.Mentions("robot-vacuum") && u.HasAny(["别扫", "不要扫", "甭扫", "不用扫", "不扫了", "别拖", "不要拖", "stop cleaning", "stop sweeping", "stop vacuuming"]))
            return new(VoiceVerb.Stop);
        if (u.Mentions("robot-vacuum") || !u.NamesSomething)
        {
            // "vacuum stop immediately, it is eating the charger wire": stop where it is.
            if (u.Mentions("robot-vacuum") && u.HasAny(["stop", "halt", "停下", "停止"]) && !u.HasAny(["go back", "return", "dock", "回去", "回充"]))
                return new(VoiceVerb.Stop);
            if (u.HasAny(Dock) && (u.Mentions("robot-vacuum") || u.Has("回充")))
                return new(VoiceVerb.Dock, Implied: true);
            if (u.HasAny(Clean) && !u.HasAny(["stop", "停"]))
                return new(VoiceVerb.Clean, Implied: true);
            // "send the robot vacuum round", "let the robot do the floors".
            if (u.Mentions("robot-vacuum") && u.HasAny(["send", "go round", "do a round", "do the floors", "do the floor", "do its thing", "run"]) && !u.HasAny(["stop", "停"]))
                return new(VoiceVerb.Clean, Implied: true);
        }

        // "stop the curtain", "窗帘停一下": where it is, never closed instead.
        if (u.Mentions("curtain") && u.HasAny(["stop", "停", "停下", "停止", "停住", "hold it", "freeze", "别动", "stay"]))
            return new(VoiceVerb.Stop);
        if ((u.HasAny(StopPlaying) || u.HasAny(["别放", "不要放", "别播", "不要播"]) || music is not null && !u.NamesSomething && Last(u.Rest, Off) >= 0)
            && (u.Mentions("speaker") || u.Mentions("tv-box") || u.Mentions("television") || u.HasAny(["playing", "music", "播放", "音乐"])))
            return new(VoiceVerb.Stop, Word: music, Implied: !u.NamesSomething);
        // "start the music on the speaker", "turn on some music": the music played, not a device switched on.
        if (music is not null && (u.HasAny(["start", "put on", "turn on", "switch on", "back on", "开始", "来点", "来首"]) || u.Has("put") && u.Has("on")) && Last(u.Rest, Off) < 0 && !u.HasAny(StopPlaying))
            return new(VoiceVerb.Play, Word: "music", Implied: true);
        if (u.HasAny(Play))
        {
            // "put a bit of music on while I chop these onions": the reason is no content.
            var rest = u.Rest;
            foreach (var reason in (string[])[" while ", " as i ", " because ", " since ", " cause "])
                if (rest.IndexOf(reason, StringComparison.Ordinal) is var cut and > 0)
                    rest = rest[..cut] + " ";
            foreach (var word in Play)
                rest = rest.Replace(" " + word + " ", " ", StringComparison.Ordinal).Replace(word, zh ? " " : word, StringComparison.Ordinal);
            var content = string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("on" or "in" or "me" or "for" or "us" or "i" or "want" or "start" or "playing" or "bit" or "of" or "little" or "background" or "softly" or "wanna" or "我要" or "我想" or "要" or "想" or "hit" or "press" or "just" or "go" or "now" or "button" or "something" or "点" or "个" or "首" or "一首" or "些" or "一点" or "一些" or "在" or "到" or "用" or "上")));
            // "just hit play": play what, where? One player resumes; several are asked about.
            if (content.Length == 0)
                return new(VoiceVerb.Play, Implied: !u.NamesSomething);
            if (MissingApps.Any(a => VoiceText.Contains(" " + content + " ", a)))
                return new(VoiceVerb.PlayContent, Word: "app");
            // Music in general resumes the speaker; a named artist, genre or programme is content no profile here can choose.
            return Music.Contains(content, StringComparer.Ordinal) ? new(VoiceVerb.Play, Word: "music", Implied: true) : new(VoiceVerb.PlayContent, Word: content);
        }

        // Curtains open and close to a position; elsewhere open means on.
        // ("twenty five and a half" is a number, not halfway.)
        if (u.HasAny(Half) && (number is null or 50))
            return new(VoiceVerb.Set, VoiceSetting.Position, 50);
        if (number is not null && direction is null && u.Mentions("curtain"))
            return new(VoiceVerb.Set, VoiceSetting.Position, number);

        var off = Last(u.Rest, Off);
        var on = Last(u.Rest, On);
        // "净化器开到最大", "turn the purifier up to max": the device's main setting at its end.
        // Not the air conditioner: "空调开到最大" is the most cooling, not 30 °C.
        // ("curtains shut all the way": fully closed.)
        if (u.NamesSomething && number is null && off < 0 && u.HasAny(Highest) && !u.Mentions("air-conditioner")
            && !(u.Mentions("curtain") && Last(u.Rest, Close) > Last(u.Rest, Open)))
            return new(VoiceVerb.Set, Word: "max");
        if (u.NamesSomething && number is null && off < 0 && u.HasAny(Lowest) && !u.Mentions("air-conditioner"))
            return new(VoiceVerb.Set, Word: "min");
        // "put the AC on 24": a set point said with "on".
        // ("open the air conditioner on 24", "switch the ac on at 22": switched on as well.)
        // ("set that air conditioner on sixty-eight": a set point out of its range is refused with the range, never switched on instead.)
        if ((number is >= 16 and <= 30 || number is not null && u.HasAny(["set", "put"])) && on > off && u.Mentions("air-conditioner")
            && !u.TextHasAny(["%", "percent", "百分之", "out there", "outside", "outdoors", "外面", "室外", "外头"]))
            return new(VoiceVerb.Set, VoiceSetting.Temperature, number) { AlsoOn = Last(u.Text, StrongOn) >= 0 || u.Has("open") || u.Has("start") };
        if (u.Mentions("curtain") || u.Mentions("contact-sensor"))
        {
            var close = Last(u.Rest, Close);
            var open = Last(u.Rest, Open);
            if ((close >= 0 || open >= 0) && u.HasAny(["a bit", "a little", "bit", "little", "slightly", "a touch", "touch", "一点", "一些", "一点点", "些"]))
                return new(close > open ? VoiceVerb.Down : VoiceVerb.Up, VoiceSetting.Position);
            if (close >= 0 || open >= 0)
                return new(close > open ? VoiceVerb.Close : VoiceVerb.Open);
        }

        // "everything in the living room off, I'm last up", "shut everything off, I'm heading down the road": a group switched
        // off or on outright; the bare "up" or "down" is in the reason.
        // ("switch the bedside light on, she's waking up", "put the kettle on, I need to make up a bottle": the same for one device
        // when the direction is a bare "up" or "down" — "turn it up" is its own phrase.)
        if (direction is not null && number is null && (off >= 0 || on >= 0) && (u.Group || Phrasal(u.Rest) is not null && BareDirection(u.Rest)))
            return new(Phrasal(u.Rest) ?? (off > on ? VoiceVerb.Off : VoiceVerb.On));
        // "turn the music up", "the music may harder": the volume of what plays music.
        if (direction is not null && !u.NamesSomething && u.HasAny(["music", "song", "tune", "音乐", "歌"]))
            return new(direction.Value, VoiceSetting.Volume, Delta: delta, Word: "music", Implied: true);
        if (direction is not null)
            return new(direction.Value, Delta: delta);
        // "bedroom lamp 60 percent".
        if (number is not null && u.Mentions("light") && u.HasAny(["%", "percent", "百分之"]))
            return new(VoiceVerb.Set, VoiceSetting.Brightness, number);
        // "lights out everywhere".
        if (u.Mentions("light") && u.Has("out"))
            return new(VoiceVerb.Off);
        if (on > off && number is not null && u.TextHasAny(["%", "percent", "百分之"]))
            return new(VoiceVerb.Set, u.Mentions("light") ? VoiceSetting.Brightness : VoiceSetting.None, number);
        // "turn t' telly off there's nowt on", "turn everything off and we'll start again": a phrasal "turn … off" is the
        // command; a bare "on" or "start" said after it in another clause is not.
        if (off >= 0 && on >= 0 && Phrasal(u.Rest) is { } phrasal)
            return new(phrasal);
        if (off >= 0 || on >= 0)
            return new(off > on ? VoiceVerb.Off : VoiceVerb.On);
        // "close the light", "shut the tv": in Indian and Singapore English a device that does not open closes by switching off.
        if ((u.NamesSomething || u.Group && u.Rooms.Count > 0) && u.HasAny(["close", "shut"]) && !u.Mentions("contact-sensor"))
            return new(VoiceVerb.Off);
        if (number is not null && u.NamesSomething && (u.HasAny(AbsoluteMarks) || u.Has("make it")))
            return new(VoiceVerb.Set, Value: number);
        if (number is not null && u.NamesSomething && (u.Rest.Trim().Length <= 4 || u.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => VoiceNumbers.First(w) is not null || w is "and" or "point")))
            return new(VoiceVerb.Set, Value: number);
        if (u.HasAny(["open", "打开"]))
            return new(VoiceVerb.On);
        // "make it 23.5 in the living room": a set point's number with nothing named is a temperature.
        if (number is >= 16 and <= 30 && !u.NamesSomething && u.Rooms.Count > 0 && !u.TextHasAny(["%", "percent", "百分之"]))
            return new(VoiceVerb.Set, VoiceSetting.Temperature, number, Implied: true);
        // "set it to thirty", "设成二十": a value for a device not said; the engine asks which.
        if (number is not null && !u.NamesSomething && u.Rooms.Count == 0 && u.HasAny(["set", "make it", "设", "设成", "设为", "调到", "调成", "调为"]))
            return new(VoiceVerb.Set, Value: number);
        return VoiceRequest.None;
    }

    private static readonly string[] FilterWords = ["filter", "滤芯", "滤网"];

    private static readonly string[] FilterNew =
        ["reset", "start its filter life again", "filter life again", "start the filter life", "restart the filter", "new filter", "fresh filter", "changed the filter", "replaced the filter", "swapped the filter",
            "重置", "复位", "清零", "换了新", "换新", "换过了", "换好了", "新滤芯", "新的滤芯", "重新计算", "重新计"];

    /// <summary>"I've put a fresh filter in the purifier, start its filter life again", "净化器滤芯换新的了 重置一下".</summary>
    private static bool FilterReset(Utterance u) => u.TextHasAny(FilterWords) && u.TextHasAny(FilterNew);

    private static readonly string[] PowerCut =
        ["power cut", "power outage", "power failure", "blackout", "power comes back", "power goes", "power's back", "power is back", "when the power", "after the power",
            "停电", "来电", "断电后", "断电以后", "断电之后", "通电后", "恢复供电"];

    /// <summary>
    /// What a plug is to do when the power comes back: 0 stay off, 1 come back on, 2 as it was ("after a power cut the
    /// kettle plug should come back on", "水壶插座设成来电以后自动通电"); null when no power cut is said.
    /// </summary>
    private static double? PowerOnState(Utterance u)
    {
        if (!u.TextHasAny(PowerCut) || !u.TextHasAny(["should", "set", "make", "want", "stay", "come back", "go back", "设", "要", "让", "保持", "自动", "恢复", "默认"]))
            return null;
        if (u.TextHasAny(["as it was", "how it was", "where it was", "whatever it was", "was before", "previous", "last state", "remember", "断电前", "之前的状态", "原来的状态", "记忆", "恢复原"]))
            return 2;
        if (u.TextHasAny(["stay off", "stays off", "remain off", "keep off", "off after", "保持关", "不要自动", "别自动", "保持断开", "关着", "默认关"]))
            return 0;
        return u.TextHasAny(["come back on", "comes back on", "back on", "turn on", "switch on", "on again", "自动通电", "自动打开", "自动开", "通电", "打开", "开着"]) ? 1 : null;
    }

    private static readonly string[] Highest = ["maximum", "max", "fully", "full", "highest", "as bright as", "as loud as", "as high as", "as strong as", "brightest", "loudest", "调到最大", "开到最大", "最大", "最高", "最亮", "调满", "开满"];
    private static readonly string[] Lowest = ["minimum", "min", "lowest", "as dim as", "as low as", "as quiet as", "dimmest", "quietest", "调到最小", "调到最暗", "最弱", "最小", "最低", "最暗"];

    private static VoiceRequest Setting(VoiceSetting setting, VoiceVerb? direction, double? delta, double? number, bool implied, Utterance? u = null)
    {
        if (u is not null && number is null && u.HasAny(Highest))
            return new(VoiceVerb.Set, setting, Word: "max", Implied: implied);
        if (u is not null && number is null && u.HasAny(Lowest))
            return new(VoiceVerb.Set, setting, Word: "min", Implied: implied);
        if (direction is { } d)
            return new(d, setting, Delta: delta, Implied: implied);
        if (number is { } value)
            return new(VoiceVerb.Set, setting, value, Implied: implied);
        return new(VoiceVerb.None, setting, Implied: implied);
    }

    /// <summary>Up or down, and the step when the user names one ("by 10", "再高两度", "调高2度").</summary>
    private static (VoiceVerb? Direction, double? Delta) Direction(Utterance u, double? number)
    {
        var up = Last(u.Rest, Up);
        var down = Last(u.Rest, Down);
        // "空调低两度", "高一度": higher or lower by so many degrees.
        if (up < 0 && down < 0 && number is not null && ByDegrees().Match(u.Text) is { Success: true } by)
            return (by.Groups[1].Value is "高" or "升" ? VoiceVerb.Up : VoiceVerb.Down, number);
        if (up < 0 && down < 0)
            return (null, null);
        // Where both start at one word ("more cold", "more"), the longer phrase says which way.
        var direction = up > down ? VoiceVerb.Up : up < down ? VoiceVerb.Down
            : LongestAt(u.Rest, Up, up) >= LongestAt(u.Rest, Down, down) ? VoiceVerb.Up : VoiceVerb.Down;
        // "dim the bedside bulb a touch more": a bare "more" after a direction says more of it, not up.
        if (direction == VoiceVerb.Up && down >= 0 && LongestAt(u.Rest, Up, up) == 4 && string.CompareOrdinal(u.Rest, up, "more", 0, 4) == 0)
            direction = VoiceVerb.Down;
        if (number is null)
            return (direction, null);
        var isDelta = u.HasAny(DeltaMarks) || !u.HasAny(AbsoluteMarks);
        return isDelta ? (direction, number) : (null, null);
    }

    // Music apps people name that no device here has: playing on them is not resuming what plays.
    private static readonly string[] MissingApps = ["spotify", "apple music", "pandora", "tidal", "deezer", "soundcloud", "amazon music", "qq音乐", "网易云", "网易云音乐", "酷狗", "酷我", "喜马拉雅", "虾米"];

    private static readonly string[] EnglishSay = [" announce that ", " announce ", " tell everyone ", " tell everybody ", " tell the kids ", " to say ", " say "];

    private static readonly string[] ChineseSay = ["说一句", "说一声", "说句", "播报", "广播一下", "广播", "喊一声", "通知大家", "告诉大家"];

    /// <summary>
    /// What a speaker is asked to say: "make the speaker say dinner is ready", "announce that we leave in five minutes",
    /// "让音箱说一句 吃饭啦". Only with a speaker named or "announce"/"广播"; at most 200 characters.
    /// </summary>
    private static string? Message(Utterance u)
    {
        var zh = u.Language == "zh";
        var text = u.Text;
        var announce = VoiceText.ContainsAny(text, "announce", "tell everyone", "tell everybody", "播报", "广播", "通知大家", "告诉大家");
        if (!u.Mentions("speaker") && !announce || u.Question)
            return null;
        foreach (var marker in zh ? [.. ChineseSay, "说"] : EnglishSay)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            // A bare "说" only after 让/叫 ("让音箱说…"), never in "说话".
            // ("请音箱说 欢迎你们来": said right after the speaker, 请 being gone by now.)
            if (at < 0 || marker == "说" && (text.AsSpan(at + 1).StartsWith("话") || text.AsSpan(0, at).IndexOfAny("让叫请") < 0 && !text.AsSpan(0, at).TrimEnd().EndsWith("音箱")))
                continue;
            // "mute the speaker until I say otherwise": what the speaker says, not what it is to say.
            if (marker == " say " && (text.AsSpan(0, at).EndsWith(" i") || text.AsSpan(0, at).EndsWith(" you") || text.AsSpan(0, at).EndsWith(" we")))
                return null;
            var message = text[(at + marker.Length)..].Trim();
            // "announce on the speaker that the cat's been fed", "say dinner is ready on the speaker": what to say, not where.
            if (!zh)
                message = SaidWhere().Replace(message, "").Trim();
            if (message.Length == 0)
                return null;
            message = AsSaid(u.Raw, marker.Trim(), message, zh);
            return message.Length > 200 ? message[..200] : message;
        }

        return null;
    }

    /// <summary>
    /// The message as the person said it, with its case and punctuation ("happy Halloween, take one sweet each"), when it can
    /// be found in the raw text after the same marker and reads the same once normalised; else the normalised message.
    /// </summary>
    private static string AsSaid(string raw, string marker, string message, bool zh)
    {
        var at = raw.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return message;
        var said = raw[(at + marker.Length)..].Trim().TrimStart(',', '，', ':', '：').Trim();
        if (!zh)
            said = SaidWhere().Replace(said.TrimEnd('.', '!', ' '), "").Trim();
        var plain = VoiceText.Normalize(said).Replace(" ", "", StringComparison.Ordinal);
        return said.Length > 0 && plain.Contains(message.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal) && plain.Length <= message.Replace(" ", "", StringComparison.Ordinal).Length + 4
            ? said.TrimEnd('.', '。', '!', '！', ' ')
            : message;
    }

    [GeneratedRegex(@"([高低升降])\s*[零一二两三四五六七八九十半\d.]+\s*度", RegexOptions.CultureInvariant)]
    private static partial Regex ByDegrees();

    [GeneratedRegex(@"^(?:(?:on|over|through|via|from|with) (?:the |my |our )?(?:living room |lounge )?(?:smart )?speakers?\b\s*)?(?:that\b\s*)?|\s*\b(?:on|over|through|via|from|with) (?:the |my |our )?(?:living room |lounge )?(?:smart )?speakers?$", RegexOptions.CultureInvariant)]
    private static partial Regex SaidWhere();

    /// <summary>Whether the last word that gives a direction is a bare "up" or "down" (not "turn up", "调低").</summary>
    private static bool BareDirection(string rest)
    {
        var up = Last(rest, Up);
        var down = Last(rest, Down);
        var (at, words) = up > down ? (up, Up) : (down, Down);
        var length = LongestAt(rest, words, at);
        if (at <= 0 || !(length == 2 && rest.AsSpan(at).StartsWith("up") || length == 4 && rest.AsSpan(at).StartsWith("down")))
            return false;
        // Not "turn the carols up on the speaker": up where.
        if (rest.AsSpan(at + length).TrimStart() is var next && (next.StartsWith("on ") || next.StartsWith("in ") || next.StartsWith("at ")))
            return false;
        // Not right after the device ("speaker down a bit") nor after a verb of turning ("crank up", "turn it up").
        var before = rest[..at].TrimEnd();
        if (before.Length == 0 || rest[..at].EndsWith("  ", StringComparison.Ordinal))
            return false;
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word is not ("turn" or "crank" or "bump" or "bring" or "jack" or "pump" or "speed" or "go" or "move" or "press" or "it" or "them" or "turned" or "way");
    }

    /// <summary>On or off when the text says it with one phrasal verb ("turn the tv off", "switch on the lamp") and not the other.</summary>
    private static VoiceVerb? Phrasal(string rest)
    {
        var said = PhrasalPower().Matches(rest).Select(m => m.Groups["p"].Value is "on" ? VoiceVerb.On : VoiceVerb.Off).Distinct().ToList();
        // "tv on, kick off's in ten minutes": on or off said first, right after the device.
        if (said.Count == 0 && rest.TrimStart() is var start && (start.StartsWith("on ", StringComparison.Ordinal) || start.StartsWith("off ", StringComparison.Ordinal)))
            return start[1] == 'n' ? VoiceVerb.On : VoiceVerb.Off;
        return said.Count == 1 ? said[0] : null;
    }

    [GeneratedRegex(@"\b(?:turn|switch|power|shut|knock|flick|flip|put|cut|set|do)\b(?:\s+(?!on\b|off\b|out\b)\S+){0,4}?\s+(?<p>on|off|out)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhrasalPower();

    private static int LongestAt(string text, string[] words, int at)
    {
        var longest = 0;
        foreach (var word in words)
            if (word.Length > longest && VoiceText.Find(text[at..], word) == 0)
                longest = word.Length;
        return longest;
    }

    private static int Last(string text, string[] words)
    {
        var best = -1;
        foreach (var word in words)
        {
            var at = VoiceText.Find(text, word);
            while (at >= 0)
            {
                best = Math.Max(best, at);
                var next = VoiceText.Find(text[(at + 1)..], word);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return best;
    }

    private static double? TvInput(string n, double? number)
    {
        if (VoiceText.Contains(n, "hdmi"))
        {
            var hdmi = VoiceNumbers.First(n[(n.IndexOf("hdmi", StringComparison.Ordinal) + 4)..]) ?? number ?? 1;
            return hdmi is >= 1 and <= 3 ? hdmi : null;
        }

        if (VoiceText.ContainsAny(n, "usb", "u盘"))
            return 5;
        if (VoiceText.Contains(n, "av"))
            return 4;
        if (VoiceText.ContainsAny(n, "antenna", "aerial", "freeview", "tuner", "电视信号", "tv input", "tv signal", "tv source", "cable", "有线", "tv信号", "天线") || n.Contains("tv信号", StringComparison.Ordinal))
            return 0;
        return null;
    }
}
