namespace AiotHub.Automation.Voice;

/// <summary>Keyword lists per language; matched on normalised text (Latin words at word boundaries).</summary>
internal static class VoiceVocabulary
{
    /// <summary>Built-in room words → the English room name they mean.</summary>
    public static readonly (string Word, string Room)[] RoomWords =
    [
        ("客厅", "living room"), ("lounge", "living room"), ("起居室", "living room"), ("卧室", "bedroom"), ("主卧", "bedroom"),
        ("厨房", "kitchen"), ("书房", "study"), ("浴室", "bathroom"), ("卫生间", "bathroom"), ("走廊", "hallway"), ("玄关", "hallway"),
    ];

    /// <summary>Device type words → profile type.</summary>
    public static readonly (string Word, string Type)[] TypeWords =
    [
        ("air conditioner", "air-conditioner"), ("air conditioning", "air-conditioner"), ("ac", "air-conditioner"), ("thermostat", "air-conditioner"), ("空调", "air-conditioner"),
        ("lights", "light"), ("light", "light"), ("lamps", "light"), ("lamp", "light"), ("灯", "light"),
        ("television", "television"), ("telly", "television"), ("tv", "television"), ("电视机", "television"), ("电视", "television"),
        ("curtains", "curtain"), ("curtain", "curtain"), ("blinds", "curtain"), ("drapes", "curtain"), ("窗帘", "curtain"),
        ("speaker", "speaker"), ("音箱", "speaker"), ("fan", "outlet"), ("plug", "outlet"), ("风扇", "outlet"), ("插座", "outlet"),
        ("thermometer", "temperature-humidity-sensor"), ("温湿度计", "temperature-humidity-sensor"),
    ];

    public static readonly string[] QuestionStarts = ["what", "what's", "whats", "how", "is", "are", "does", "do", "which"];
    public static readonly string[] QuestionWords = ["吗", "多少", "几度", "没有", "是否", "有没有"];

    public static readonly string[] Off = ["off", "shut", "kill", "stop", "关"];
    public static readonly string[] On = ["on", "start", "开", "启动", "开启"];

    public static readonly string[] Pause = ["pause", "暂停"];
    public static readonly string[] Resume = ["resume", "unpause", "continue", "继续", "恢复播放", "接着放"];
    public static readonly string[] Input = ["input", "hdmi", "av", "usb", "antenna", "source", "信号源", "信号", "u盘"];

    public static readonly string[] Volume = ["volume", "louder", "quieter", "音量", "声音", "大声", "小声"];
    public static readonly string[] Temperature = ["temperature", "degrees", "degree", "warmer", "cooler", "hot", "cold", "warm", "celsius", "°c", "温度", "度", "冷", "热", "摄氏"];
    public static readonly string[] Humidity = ["humidity", "humid", "湿度"];
    public static readonly string[] Brightness = ["brightness", "bright", "brighter", "brighten", "dim", "dimmer", "亮", "暗"];

    public static readonly string[] Up = ["up", "brighter", "brighten", "louder", "warmer", "raise", "increase", "higher", "调高", "高一点", "升高", "调亮", "亮一点", "亮一些", "亮些", "调大", "大一点", "大声", "大些"];
    public static readonly string[] Down = ["down", "dim", "dimmer", "quieter", "lower", "cooler", "decrease", "调低", "低一点", "降低", "调暗", "暗", "调小", "小一点", "小声", "小些"];
    public static readonly string[] Maximum = ["full brightness", "maximum", "max", "最亮", "最大"];
    public static readonly string[] Half = ["halfway", "half", "一半"];
    public static readonly string[] Close = ["close", "draw", "shut", "拉上", "关", "合上"];
    public static readonly string[] Open = ["open", "拉开", "开"];
}
