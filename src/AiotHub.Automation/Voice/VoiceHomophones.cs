namespace AiotHub.Automation.Voice;

/// <summary>
/// Chinese speech recognisers write a word the home knows with a character that sounds the same: "客听" for 客厅,
/// "空条" for 空调, "进音" for 静音, "完安" for 晚安, "净化气" for 净化器. Each word of the home's vocabulary below is
/// also found with one of its characters swapped for a homophone, and read as the word. Only words of two or more
/// characters, one character swapped, and never a homophone that would turn an ordinary word into a home word
/// ("两度" is two degrees, not 亮度; "电视和音箱" is no 电视盒): common characters (是, 和, 两, 点, 几, 的, 在, 了) are in no group.
/// </summary>
internal static class VoiceHomophones
{
    // Characters sharing a syllable (tones aside; jin/jing and qi/ji kept apart), each group one string.
    private static readonly string[] Groups =
    [
        "厅听庭停亭", "灯等登瞪", "器气汽", "音因阴银", "静进净镜境敬", "晚完碗万", "观关官管馆", "调条跳", "滤律绿率", "离里理",
        "亮量凉粮", "度读肚渡", "空孔控", "视室事市试式适", "帘连联莲", "窗床闯创", "扫嫂", "箱想乡香相", "卧握", "温问文稳闻",
        "盒河合何荷", "插查茶", "座做坐作", "壶湖胡户虎", "门闷", "安按岸", "模魔磨摸", "场长厂唱常", "化话画花华", "机鸡记级急",
        "电店垫殿", "声生升圣", "乐月越阅", "客可课刻克", "厨除储", "房方防仿", "睡水税", "眠面免棉", "影营赢硬", "头投透",
        "景井警", "冷楞", "暖", "风封峰疯丰", "吸西希稀息", "芯心新信欣", "热惹", "湿诗师狮", "传船川穿", "感敢赶杆",
    ];

    // Words of the home people ask for: device nouns, rooms, settings, scenes.
    private static readonly string[] Words =
    [
        "空调", "冷气", "电视", "电视机", "电视盒子", "盒子", "机顶盒", "音箱", "音响", "吸顶灯", "床头灯", "台灯", "大灯", "主灯", "灯泡", "窗帘",
        "净化器", "空气净化器", "扫地机", "扫地机器人", "插座", "水壶", "热水壶", "烧水壶", "开关", "墙壁开关", "大门", "门磁", "传感器",
        "人体传感器", "温湿度计", "温度计", "客厅", "卧室", "主卧", "次卧", "厨房", "书房", "餐厅", "走廊", "过道", "玄关", "阳台", "卫生间",
        "浴室", "静音", "音量", "声音", "亮度", "色温", "滤芯", "模式", "场景", "温度", "湿度", "电量", "除湿", "制冷", "制热", "送风", "风速",
        "吸力", "晚安", "早安", "观影", "回家", "离家", "在家", "睡眠", "看电影", "的灯",
    ];

    private static readonly (string Heard, string Meant)[] Variants = Build();

    /// <summary>The text with every misheard word of the vocabulary written as meant.</summary>
    public static string Fold(string text)
    {
        foreach (var (heard, meant) in Variants)
            for (var at = text.IndexOf(heard, StringComparison.Ordinal); at >= 0; at = text.IndexOf(heard, at + 1, StringComparison.Ordinal))
            {
                // "等会儿", "等一下", "等着": waiting, whatever comes before it ("我说的等会儿再开").
                var next = at + heard.Length < text.Length ? text[at + heard.Length] : ' ';
                if (heard[^1] == '等' && "会一下着待候到了".Contains(next, StringComparison.Ordinal))
                    continue;
                text = string.Concat(text.AsSpan(0, at), meant, text.AsSpan(at + heard.Length));
            }

        return text;
    }

    private static (string, string)[] Build()
    {
        var sounds = new Dictionary<char, string>();
        foreach (var group in Groups)
            foreach (var c in group)
                sounds[c] = group;
        var words = new HashSet<string>(Words, StringComparer.Ordinal);
        var variants = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var word in Words)
            for (var i = 0; i < word.Length; i++)
            {
                if (!sounds.TryGetValue(word[i], out var group))
                    continue;
                foreach (var alike in group)
                {
                    if (alike == word[i])
                        continue;
                    var heard = string.Concat(word.AsSpan(0, i), alike.ToString(), word.AsSpan(i + 1));
                    if (words.Contains(heard))
                        continue;
                    // A variant two words share is no evidence for either.
                    variants[heard] = variants.TryGetValue(heard, out var other) && other != word ? null : word;
                }
            }

        return [.. variants.Where(v => v.Value is not null).Select(v => (v.Key, v.Value!)).OrderByDescending(v => v.Key.Length)];
    }
}
