namespace AiotHub.Automation.Voice;

/// <summary>Keyword lists per language; matched on normalised text (Latin words at word boundaries, longest first where it matters).</summary>
internal static class VoiceVocabulary
{
    /// <summary>Built-in room words → the English room name they mean.</summary>
    public static readonly (string Word, string Room)[] RoomWords =
    [
        ("客厅", "living room"), ("lounge", "living room"), ("sitting room", "living room"), ("salon", "living room"), ("起居室", "living room"), ("大厅", "living room"),
        ("卧室", "bedroom"), ("主卧", "bedroom"), ("睡房", "bedroom"),
        ("厨房", "kitchen"), ("书房", "study"), ("浴室", "bathroom"), ("卫生间", "bathroom"), ("洗手间", "bathroom"),
        ("走廊", "hallway"), ("玄关", "hallway"), ("门厅", "hallway"), ("过道", "hallway"), ("hall", "hallway"), ("entrance", "hallway"),
        ("餐厅", "dining room"), ("阳台", "balcony"), ("儿童房", "kids room"), ("次卧", "guest room"),
    ];

    /// <summary>Device nouns in both languages, for every type in device-profiles/*.json, with synonyms and narrowing hints.</summary>
    public static readonly DeviceNoun[] Nouns = Longest<DeviceNoun>(
    [
        new("air conditioner", "air-conditioner"), new("air conditioning", "air-conditioner"), new("air con", "air-conditioner"), new("aircon", "air-conditioner"),
        new("ac", "air-conditioner"), new("heat pump", "air-conditioner"), new("air condition", "air-conditioner"), new("aircond", "air-conditioner"), new("air cond", "air-conditioner"), new("heatpump", "air-conditioner"), new("split system", "air-conditioner"), new("a c", "air-conditioner"), new("thermostat", "air-conditioner"),
        new("空调", "air-conditioner"), new("冷气", "air-conditioner"), new("冷气机", "air-conditioner"), new("暖气", "air-conditioner"), new("空调器", "air-conditioner"),
        new("lights", "light"), new("light", "light"), new("lamps", "light"), new("lamp", "light"), new("lighting", "light"), new("downlights", "light"), new("downlight", "light"), new("spotlights", "light"), new("tube light", "light"), new("tubelight", "light"),
        new("bulbs", "light", "bulb"), new("bulb", "light", "bulb"), new("light bulb", "light", "bulb"), new("smart bulb", "light", "bulb"),
        new("bedside lamp", "light", "bedside"), new("bed light", "light", "bedside"), new("bed lamp", "light", "bedside"), new("bedlight", "light", "bedside"), new("bedside light", "light", "bedside"), new("night light", "light", "bedside"), new("reading lamp", "light", "bedside"),
        new("ceiling light", "light", "ceiling"), new("ceiling lamp", "light", "ceiling"), new("big light", "light", "ceiling"), new("main light", "light", "ceiling"), new("overhead light", "light", "ceiling"),
        new("灯", "light"), new("灯光", "light"), new("电灯", "light"), new("电火", "light"), new("灯管", "light"), new("日光灯", "light"), new("吊灯", "light", "ceiling"), new("筒灯", "light"), new("射灯", "light"), new("电灯泡", "light", "bulb"), new("照明", "light"), new("灯泡", "light", "bulb"), new("彩灯", "light", "bulb"), new("球泡灯", "light", "bulb"),
        new("床头灯", "light", "bedside"), new("床头", null, "bedside"), new("台灯", "light", "bedside"), new("夜灯", "light", "bedside"), new("小夜灯", "light", "bedside"),
        new("吸顶灯", "light", "ceiling"), new("顶灯", "light", "ceiling"), new("大灯", "light", "ceiling"), new("主灯", "light", "ceiling"),
        new("television", "television"), new("telly", "television"), new("tele", "television"), new("tv set", "television"), new("idiot box", "television"), new("tv", "television"), new("tv set", "television"), new("电视机", "television"), new("电视", "television"),
        new("tv box", "tv-box"), new("telly box", "tv-box"), new("tele box", "tv-box"), new("tvbox", "tv-box"), new("streaming thing", "tv-box"), new("streaming stick", "tv-box"), new("streaming device", "tv-box"), new("streamer", "tv-box"), new("set top box", "tv-box"), new("streaming box", "tv-box"), new("box", "tv-box"), new("media box", "tv-box"), new("android box", "tv-box"),
        new("电视盒子", "tv-box"), new("盒子", "tv-box"), new("机顶盒", "tv-box"), new("网络盒子", "tv-box"), new("小米盒子", "tv-box"),
        new("curtains", "curtain"), new("curtain", "curtain"), new("blinds", "curtain"), new("blind", "curtain"), new("drapes", "curtain"), new("shades", "curtain"),
        new("窗帘", "curtain"), new("窗纱", "curtain"), new("帘子", "curtain"), new("百叶窗", "curtain"), new("卷帘", "curtain"), new("窗帘布", "curtain"),
        new("speakers", "speaker"), new("speaker", "speaker"), new("smart speaker", "speaker"), new("stereo", "speaker"), new("hifi", "speaker"), new("hi fi", "speaker"), new("sound system", "speaker"), new("music system", "speaker"), new("bluetooth speaker", "speaker"),
        new("音箱", "speaker"), new("音响", "speaker"), new("蓝牙音箱", "speaker"), new("音响设备", "speaker"), new("喇叭", "speaker"), new("小爱音箱", "speaker"), new("智能音箱", "speaker"), new("小爱", "speaker"), new("天猫精灵", "speaker"),
        new("plug", "outlet"), new("plugs", "outlet"), new("socket", "outlet"), new("sockets", "outlet"), new("outlet", "outlet"), new("outlets", "outlet"), new("smart plug", "outlet"),
        new("插座", "outlet"), new("插头", "outlet"), new("智能插座", "outlet"), new("插排", "outlet"), new("排插", "outlet"), new("插线板", "outlet"), new("power point", "outlet"), new("powerpoint", "outlet"),
        new("kettle", null, "kettle"), new("水壶", null, "kettle"), new("热水壶", null, "kettle"), new("烧水壶", null, "kettle"), new("电水壶", null, "kettle"),
        new("air purifier", "air-purifier"), new("purifier", "air-purifier"), new("air cleaner", "air-purifier"), new("空气净化器", "air-purifier"), new("净化器", "air-purifier"), new("空气清新机", "air-purifier"), new("空气清净机", "air-purifier"), new("清净机", "air-purifier"), new("清新机", "air-purifier"), new("净化机", "air-purifier"),
        new("robot vacuum", "robot-vacuum"), new("sweeper", "robot-vacuum"), new("vacuum cleaner", "robot-vacuum"), new("vacuum", "robot-vacuum"), new("robot", "robot-vacuum"), new("hoover", "robot-vacuum"), new("roomba", "robot-vacuum"),
        new("扫地机器人", "robot-vacuum"), new("扫地机", "robot-vacuum"), new("扫拖机器人", "robot-vacuum"), new("拖地机", "robot-vacuum"), new("扫地机械人", "robot-vacuum"), new("扫地机器", "robot-vacuum"), new("机器人", "robot-vacuum"), new("吸尘器", "robot-vacuum"),
        new("wall switch", "switch"), new("light switch", "switch"), new("switch", "switch"), new("switches", "switch"),
        new("开关", "switch"), new("掣", "switch"), new("墙壁开关", "switch"), new("墙上的开关", "switch"), new("面板", "switch"),
        new("thermometer", "temperature-humidity-sensor"), new("temperature sensor", "temperature-humidity-sensor"), new("humidity sensor", "temperature-humidity-sensor"),
        new("温湿度计", "temperature-humidity-sensor"), new("温度计", "temperature-humidity-sensor"), new("温湿度传感器", "temperature-humidity-sensor"), new("湿度计", "temperature-humidity-sensor"),
        new("motion sensor", "motion-sensor"), new("motion detector", "motion-sensor"), new("人体传感器", "motion-sensor"), new("人体感应器", "motion-sensor"), new("人体感应", "motion-sensor"),
        new("door sensor", "contact-sensor"), new("contact sensor", "contact-sensor"), new("window sensor", "contact-sensor"), new("门窗传感器", "contact-sensor"), new("门磁", "contact-sensor"),
        new("front door", "contact-sensor", "door"), new("door", "contact-sensor", "door"), new("大门", "contact-sensor", "door"), new("前门", "contact-sensor", "door"),
        new("门", "contact-sensor", "door"), new("入户门", "contact-sensor", "door"), new("家门", "contact-sensor", "door"),
        // Devices by what they do or where they stand ("the thing that cleans the floor", "烧水的那个插座", "the one by the bed").
        new("thing that cleans the floor", "robot-vacuum"), new("cleans the floor", "robot-vacuum"), new("thing that cleans", "robot-vacuum"), new("floor cleaner", "robot-vacuum"),
        new("cleaning robot", "robot-vacuum"), new("robot cleaner", "robot-vacuum"), new("扫地的", "robot-vacuum"), new("扫地那个", "robot-vacuum"), new("扫地的那个", "robot-vacuum"), new("会扫地的", "robot-vacuum"), new("拖地的", "robot-vacuum"), new("打扫的", "robot-vacuum"), new("扫地机子", "robot-vacuum"),
        new("cleans the air", "air-purifier"), new("purifies the air", "air-purifier"), new("净化空气的", "air-purifier"), new("空净", "air-purifier"),
        new("boils water", "outlet", "kettle"), new("boils the water", "outlet", "kettle"), new("makes tea", "outlet", "kettle"), new("烧水的", "outlet", "kettle"), new("烧开水的", "outlet", "kettle"),
        new("plays music", "speaker"), new("music thing", "speaker"), new("music box", "speaker"), new("plays the music", "speaker"), new("music player", "speaker"), new("放歌的", "speaker"), new("放歌那个", "speaker"), new("放歌的那个", "speaker"), new("唱歌那个", "speaker"), new("放音乐那个", "speaker"), new("放音乐的", "speaker"), new("唱歌的", "speaker"), new("说话的那个", "speaker"),
        new("cools the room", "air-conditioner"), new("吹冷风的", "air-conditioner"), new("吹空调", "air-conditioner"),
        new("by the bed", null, "bedside"), new("by my bed", null, "bedside"), new("beside the bed", null, "bedside"), new("beside my bed", null, "bedside"), new("near the bed", null, "bedside"),
        new("on the nightstand", null, "bedside"), new("bedside", null, "bedside"), new("床边的", null, "bedside"), new("床边", null, "bedside"), new("床头的", null, "bedside"),
        new("in the ceiling", null, "ceiling"), new("on the ceiling", null, "ceiling"), new("天花板上的", null, "ceiling"), new("天花板的", null, "ceiling"),
        new("the telly", "television"), new("电视盒", "tv-box"), new("小米电视", "television"), new("彩电", "television"), new("空调机", "air-conditioner"), new("挂机", "air-conditioner"),
        new("扫地宝", "robot-vacuum"), new("热水壶插座", "outlet", "kettle"), new("水壶插座", "outlet", "kettle"),
    ]);

    /// <summary>Verb phrases that say what to do with a device by its use: "帮我烧一壶水" is "turn on the kettle".</summary>
    public static readonly (string Phrase, string Means)[] Uses =
    [
        ("boil some water", "turn on kettle"), ("boil the water", "turn on kettle"), ("boil water", "turn on kettle"), ("boil the kettle", "turn on kettle"), ("put the kettle on", "turn on kettle"),
        ("make some tea", "turn on kettle"), ("let some light in", "open curtain"), ("let a bit more daylight in", "open curtain a bit"), ("let more daylight in", "open curtain a bit"), ("let more light in", "open curtain a bit"), ("let a bit more light in", "open curtain a bit"), ("let the light in", "open curtain"), ("let the sun in", "open curtain"), ("烧一壶水", "打开 水壶"), ("烧壶水", "打开 水壶"), ("烧点水", "打开 水壶"), ("烧点开水", "打开 水壶"), ("烧开水", "打开 水壶"),
        ("烧水", "打开 水壶"), ("watch some tv", "turn on tv"), ("watch the tv", "turn on tv"), ("watch tv", "turn on tv"), ("watch the telly", "turn on tv"), ("watch telly", "turn on tv"),
        ("do the floors", "start cleaning"), ("do the floor", "start cleaning"), ("mop the floors", "start cleaning"), ("mop the floor", "start cleaning"), ("clean the floors", "start cleaning"), ("clean the floor", "start cleaning"),
        ("chuck on some", "play some"), ("chuck some", "play some"), ("stick on some", "play some"), ("put on some", "play some"), ("put some", "play some"),
        ("看会儿电视", "打开 电视"), ("看会电视", "打开 电视"), ("看一会电视", "打开 电视"), ("看电视", "打开 电视"), ("扫扫地", "扫地"), ("扫下地", "扫地"), ("拖拖地", "扫地"), ("拖地", "扫地"),
    ];

    /// <summary>Devices people have that this hub's profiles do not describe.</summary>
    public static readonly MissingNoun[] Missing = Longest<MissingNoun>(
    [
        new("projector", "projector", "投影仪"), new("投影仪", "projector", "投影仪"), new("投影", "projector", "投影仪"),
        new("washing machine", "washing machine", "洗衣机"), new("washer", "washing machine", "洗衣机"), new("洗衣机", "washing machine", "洗衣机"),
        new("dryer", "dryer", "烘干机"), new("烘干机", "dryer", "烘干机"), new("dishwasher", "dishwasher", "洗碗机"), new("洗碗机", "dishwasher", "洗碗机"),
        new("door lock", "door lock", "门锁"), new("smart lock", "door lock", "门锁"), new("lock", "door lock", "门锁"), new("门锁", "door lock", "门锁"), new("锁", "door lock", "门锁"),
        new("fridge", "fridge", "冰箱"), new("refrigerator", "fridge", "冰箱"), new("冰箱", "fridge", "冰箱"),
        new("oven", "oven", "烤箱"), new("烤箱", "oven", "烤箱"), new("microwave", "microwave", "微波炉"), new("微波炉", "microwave", "微波炉"),
        new("water heater", "water heater", "热水器"), new("geyser", "water heater", "热水器"), new("boiler", "water heater", "热水器"), new("热水器", "water heater", "热水器"), new("heater", "heater", "取暖器"), new("取暖器", "heater", "取暖器"), new("radiator", "radiator", "暖气片"), new("radiators", "radiator", "暖气片"), new("暖气片", "radiator", "暖气片"), new("地暖", "underfloor heating", "地暖"), new("underfloor heating", "underfloor heating", "地暖"), new("floor heating", "underfloor heating", "地暖"), new("电暖器", "heater", "取暖器"), new("浴霸", "bath heater", "浴霸"), new("bath heater", "bath heater", "浴霸"), new("电暖气", "heater", "取暖器"), new("暖风机", "heater", "取暖器"), new("小太阳", "heater", "取暖器"), new("油汀", "heater", "取暖器"), new("space heater", "heater", "取暖器"),
        new("fan", "fan", "风扇"), new("ceiling fan", "fan", "风扇"), new("table fan", "fan", "风扇"), new("风扇", "fan", "风扇"), new("电风扇", "fan", "风扇"), new("电扇", "fan", "风扇"), new("吊扇", "fan", "风扇"),
        new("humidifier", "humidifier", "加湿器"), new("加湿器", "humidifier", "加湿器"), new("dehumidifier", "dehumidifier", "除湿机"), new("除湿机", "dehumidifier", "除湿机"),
        new("camera", "camera", "摄像头"), new("摄像头", "camera", "摄像头"), new("doorbell", "doorbell", "门铃"), new("门铃", "doorbell", "门铃"),
        new("garage door", "garage door", "车库门"), new("车库门", "garage door", "车库门"), new("garage", "garage door", "车库门"),
        new("alarm", "alarm", "警报"), new("security system", "alarm", "安防系统"), new("警报", "alarm", "警报"), new("安防", "alarm", "安防系统"),
        new("coffee machine", "coffee machine", "咖啡机"), new("咖啡机", "coffee machine", "咖啡机"), new("rice cooker", "rice cooker", "电饭煲"), new("电饭煲", "rice cooker", "电饭煲"),
        new("window", "window", "窗户"), new("窗户", "window", "窗户"), new("gate", "gate", "大门"), new("sprinkler", "sprinkler", "洒水器"),
        new("computer", "computer", "电脑"), new("电脑", "computer", "电脑"), new("router", "router", "路由器"), new("路由器", "router", "路由器"),
        new("car", "car", "车"), new("汽车", "car", "车"), new("油烟机", "range hood", "油烟机"), new("抽油烟机", "range hood", "油烟机"),
    ]);

    /// <summary>How answers name each type.</summary>
    public static readonly Dictionary<string, TypeWords> Types = new(StringComparer.Ordinal)
    {
        ["light"] = new("light", "lights", "灯", "盏"),
        ["air-conditioner"] = new("air conditioner", "air conditioners", "空调", "台"),
        ["television"] = new("TV", "TVs", "电视", "台"),
        ["tv-box"] = new("TV box", "TV boxes", "电视盒子", "个"),
        ["curtain"] = new("curtain", "curtains", "窗帘", "个"),
        ["speaker"] = new("speaker", "speakers", "音箱", "个"),
        ["outlet"] = new("plug", "plugs", "插座", "个"),
        ["switch"] = new("switch", "switches", "开关", "个"),
        ["air-purifier"] = new("air purifier", "air purifiers", "空气净化器", "台"),
        ["robot-vacuum"] = new("robot vacuum", "robot vacuums", "扫地机器人", "台"),
        ["temperature-humidity-sensor"] = new("thermometer", "thermometers", "温湿度计", "个"),
        ["motion-sensor"] = new("motion sensor", "motion sensors", "人体传感器", "个"),
        ["contact-sensor"] = new("door sensor", "door sensors", "门窗传感器", "个"),
    };

    /// <summary>English words in device names → the Chinese noun an answer uses when the device has no Chinese name.</summary>
    public static readonly (string Word, string Chinese)[] NameWords =
    [
        ("bedside", "床头灯"), ("ceiling", "吸顶灯"), ("kettle", "水壶插座"), ("front door", "大门"), ("door", "门"), ("desk", "台灯"), ("floor lamp", "落地灯"),
        ("wall switch", "墙壁开关"), ("tv box", "电视盒子"),
    ];

    /// <summary>Words that make an utterance act on every matching device.</summary>
    public static readonly string[] Group = ["all", "every", "everything", "everywhere", "each", "both", "the lot", "whole house", "whole home", "entire house", "whole flat", "所有", "全部", "全都", "都", "一切", "统统", "通通", "全屋", "所有的", "全", "整个家", "全家", "俩"];

    /// <summary>Words in device names that do not single a device out.</summary>
    public static readonly HashSet<string> NameStopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "my", "of", "and", "air", "room", "smart", "main", "big", "small", "left", "right", "light", "lights", "lamp", "plug", "switch",
        "sensor", "box", "tv", "mini", "pro", "living", "bedroom", "kitchen", "study", "hallway", "bathroom", "new", "old",
    };

    public static readonly string[] QuestionStarts =
        ["anything", "what", "what's", "whats", "what're", "how", "how's", "hows", "is", "isn't", "are", "aren't", "has", "have", "did", "where's", "was", "does", "do", "which", "who", "where", "any", "tell me", "check", "status"];

    public static readonly string[] QuestionWords = ["吗", "多少", "几度", "是否", "有没有", "什么", "怎么样", "如何", "哪些", "哪个", "几", "呢", "查一下", "查询", "看看", "告诉我"];

    /// <summary>Starts of a polite request that merely ends in a question mark.</summary>
    public static readonly string[] RequestStarts = ["can you", "could you", "would you", "will you", "can u", "please", "能不能", "能否", "可以", "可不可以", "能", "帮", "麻烦", "你能", "请"];

    private static T[] Longest<T>(T[] items) where T : class =>
        [.. items.OrderByDescending(i => i switch { DeviceNoun n => n.Phrase.Length, MissingNoun m => m.Phrase.Length, _ => 0 })];
}
