using System.Text;
using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Ways of saying the same thing that the rest of the engine need not know: traditional characters (Taiwan, Hong Kong)
/// folded to simplified, Cantonese, Shanghainese and northern words rewritten to the common Mandarin word
/// ("熄灯" → "关灯", "开咗未" → "开了没", "热煞了" → "热死了", "廿五" → "二十五", "一刻钟" → "十五分钟"), and the tags
/// that make a request sound like a question ("…好吗", "…, would you") cut off the end. Applied to everything
/// normalised, so device and room names fold the same way.
/// </summary>
internal static partial class VoiceDialects
{
    // Traditional → simplified for the characters a home's requests use; pairs of (traditional, simplified).
    private const string Traditional =
        "電电視视燈灯關关開开氣气簾帘響响聲声點点調调溫温幫帮們们這这個个麼么嗎吗將将廳厅臥卧廚厨機机掃扫淨净頭头體体動动啟启門门鎖锁後后鐘钟時时紅红綠绿藍蓝黃黄顏颜"
        + "暫暂繼继續续靜静熱热涼凉風风檔档濕湿設设為为換换歡欢場场執执幾几沒没還还頻频樂乐兩两離离覺觉邊边裡里裏里說说請请謝谢煩烦給给讓让頂顶臺台檯台態态狀状"
        + "質质濾滤劇剧聽听見见間间衛卫廁厕書书陽阳過过號号確确認认選选單单鍵键網网絡络遙遥噴喷乾干計计應应傳传測测報报燒烧壺壶壓压斷断會会兒儿級级強强轉转擺摆"
        + "對对錯错別别樣样閉闭實实現现顯显飛飞雙双窗窗亮亮嗯嗯啥啥冷冷暖暖晚晚";

    private static readonly Dictionary<char, char> Simplified = BuildSimplified();

    /// <summary>Whole words of other varieties of Chinese → the word the engine reads; longest first where they overlap.</summary>
    private static readonly (string From, string To)[] ChineseWords =
    [
        // Jinan "杠" is very ("屋里杠热"); "凉快点" is cooler, not the filler "快点" (hurry).
        ("杠热", "很热"), ("杠冷", "很冷"), ("杠暗", "很暗"), ("杠亮", "很亮"), ("杠吵", "很吵"), ("杠闷", "很闷"), ("凉快点", "凉快一点"),
        ("有冇得", "有没有"), ("么得", "没有"), ("听勿清", "听不清"), ("听勿到", "听不到"), ("听勿见", "听不见"), ("看勿清", "看不清"), ("哪样", "什么"), ("我家来喽", "我回家了"), ("我家来了", "我回家了"), ("冇得", "没有"), ("覅", "不要"), ("一歇", "等会儿"), ("侪", "都"), ("屋里厢", "家里"), ("了哇", "了吧"), ("恁暗", "这么暗"), ("恁冷", "这么冷"), ("恁热", "这么热"), ("唔使", "不用"), ("转屋下", "回家了"), ("转屋家", "回家了"), ("回家哩", "回家了"), ("断一下电", "断电"), ("断下电", "断电"), ("断个电", "断电"), ("嫑", "不要"), ("物事", "东西"), ("晏歇", "等会儿"), ("晏点", "晚点"), ("困觉", "睡觉"), ("拢总", "全部"), ("睇戏", "看电影"), ("看戏模式", "观影模式"),
        ("个钟头", "个小时"), ("个钟", "个小时"), ("一刻钟", "十五分钟"), ("两刻钟", "三十分钟"), ("三刻钟", "四十五分钟"),
        ("熄灭", "关掉"), ("熄掉", "关掉"), ("熄", "关"), ("闩", "关"), ("关脱", "关掉"), ("灭掉", "关掉"), ("灭了", "关了"),
        ("热煞", "热死"), ("冷煞", "冷死"), ("吵煞", "吵死"), ("闷煞", "闷死"),
        ("咗", "了"), ("冇", "没"), ("唔该", " "), ("唔好", "不要"), ("唔", "不"), ("係", "是"), ("睇", "看"), ("嘅", "的"), ("啲", "点"), ("乜嘢", "什么"), ("几多", "多少"), ("边个", "哪个"),
        // Cantonese and Sichuan words, and recogniser slips a listener still understands ("把卧室的等关掉", "把电视官了").
        ("返屋企", "回家"), ("返来", "回来"), ("水煲", "水壶"), ("好多度", "多少度"), ("几多度", "多少度"), ("几光", "亮度多少"), ("厅头", "厅"), ("房头", "房"), ("里头", "里"),
        ("细一点", "小一点"), ("细点", "小点"), ("细声", "小声"), ("细些", "小些"), ("莫出声", "别出声"), ("莫开", "别开"), ("莫关", "别关"), ("莫吵", "别吵"), ("莫要", "不要"), ("莫动", "别动"),
        ("整高", "调高"), ("整低", "调低"), ("整大", "调大"), ("整小", "调小"), ("整亮", "调亮"), ("整暗", "调暗"), ("给整", "给调"),
        ("吸顶等", "吸顶灯"), ("顶等", "顶灯"), ("台等", "台灯"), ("的等关", "的灯关"), ("的等开", "的灯开"), ("的等调", "的灯调"), ("官了", "关了"), ("官掉", "关掉"), ("官上", "关上"), ("官闭", "关闭"),
        ("播歌", "播放歌"), ("放首歌", "播放歌"), ("放点歌", "播放歌"), ("来首歌", "播放歌"), ("来点歌", "播放歌"), ("来点音乐", "播放音乐"), ("来首音乐", "播放音乐"),
        ("播一下", "播放"), ("小滴", "小点"), ("大滴", "大点"), ("开冷的", "制冷"), ("开热的", "制热"), ("别放歌了", "别放音乐了"), ("不要放歌了", "别放音乐了"), ("开会", "会议"), ("冇必要", "没必要"), ("静个音", "静音"), ("用一下", "打开"), ("断开电源", "断电"), ("断开", "切断"), ("开合度", "位置"), ("开合位置", "位置"), ("么子", "什么"), ("介个", "这个"), ("拉满", "调到最大"), ("开满", "调到最大"), ("超暗", "太暗"), ("超黑", "太黑"), ("超亮", "太亮"), ("啥子", "什么"), ("等哈子", "等会儿"), ("等一哈", "等会儿"), ("等哈", "等会儿"), ("过一哈", "过一会儿"), ("一哈儿", "一会儿"),
        ("柔和一点", "暗一点"), ("柔和点", "暗点"), ("柔和些", "暗些"), ("柔一点", "暗一点"),
        ("黄颜色", "黄色"), ("红颜色", "红色"), ("蓝颜色", "蓝色"), ("绿颜色", "绿色"), ("紫颜色", "紫色"), ("白颜色", "白色"), ("粉颜色", "粉色"), ("橙颜色", "橙色"),
        ("亮堂", "亮"), ("点儿", "点"), ("大大的", "大一点"), ("小小的", "小一点"), ("声儿", "声音"), ("声响", "声音"),
        ("等一下下", "等会儿"), ("等下下", "等会儿"), ("一丢丢", "一点"), ("一丁点", "一点"), ("一咪咪", "一点"), ("一滴滴", "一点"), ("一点点", "一点"), ("一下下", "一下"), ("廿", "二十"), ("灯灯", "灯"), ("侬", " "), ("阿拉", " "), ("咱家", "家里"), ("俺家", "家里"), ("屋头", " "), ("屋里头", " "), ("屋里", " "), ("房间里", " "),
    ];

    // Said at the end of a request to soften it, never asking anything: "把灯关了好吗", "turn the lights off, would you".
    private static readonly string[] ChineseRequestTags = ["好不好", "好吗", "行不行", "行吗", "可以吗", "可不可以", "好伐", "好嘛", "行不", "成吗", "中不中"];

    private static readonly string[] EnglishRequestTags =
        ["would you", "will you", "could you", "can you", "won't you", "would ya", "for me", "if you can", "if you could", "if you don't mind", "if you please", "can or not", "can"];

    // Politeness and particles at the end, which neither ask nor request: "…谢谢", "…, thanks", "…lah".
    private static readonly string[] Particles =
        ["谢谢你", "谢谢啦", "谢谢", "谢啦", "多谢", "唔该", "哈", "yeah", "alright", "right now", "thanks", "thank you", "cheers", "mate", "ta", "love", "innit", "lah", "leh", "lor", "hor", "ah", "sia", "already"];

    /// <summary>Fillers of speech-to-text and of talk anywhere in the text ("um", "uh", "like", "you know"; Singapore "lah").</summary>
    public static readonly string[] EnglishFillers =
        ["y'all", "ya'll", "you all", "la", "abeg", "biko", "po", "naman", "eish", "sha", "um", "umm", "uhm", "uh", "uhh", "er", "erm", "hmm", "mm", "like", "lah", "leh", "lor", "sia", "meh", "innit", "mate", "bro", "dude", "cheers", "pls", "plz", "kindly", "do the needful"];

    /// <summary>Fillers of Chinese speech ("嗯", "呃", "那啥"), anywhere.</summary>
    public static readonly string[] ChineseFillers = ["快快快", "快点", "马上", "赶快", "啰", "哒", "噻", "嗯嗯", "嗯", "呃", "额", "那啥", "喽", "嘞", "咧", "劳驾", "麻烦你", "麻烦", "拜托", "喂"];

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c >= '\u4e00' && Simplified.TryGetValue(c, out var s) ? s : c);
        var folded = builder.ToString();
        if (!folded.Any(VoiceText.IsCjk))
            return folded;
        foreach (var (from, to) in ChineseWords)
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        folded = VoiceHomophones.Fold(folded);
        // Wu and Cantonese "个" for 的: "电视个声关掉" (not "那个声音").
        folded = OfSound().Replace(folded, "的声音");
        // Southern Min "拢" is all ("灯拢关掉"), but not in 合拢, 拉拢 (drawing curtains together).
        folded = AllLong().Replace(folded, "都");
        // Nanjing and Suzhou "阿" before a verb asks yes or no: "大门阿关了" is "大门关了吗", "阿有人" "有人吗".
        if (AskingA().IsMatch(folded))
            folded = AskingA().Replace(folded, "$1").TrimEnd(' ', '?', '？', '.', '。', '!', '！') + "吗";
        var end = folded.TrimEnd(' ', '?', '？', '.', '。', '!', '！');
        if (end.EndsWith("的等", StringComparison.Ordinal))
            folded = end[..^1] + "灯";
        // Shanghainese "伐" and Cantonese "未" end a yes/no question: "开着伐" is "开着吗", "开咗未" "开了没".
        var trimmed = folded.TrimEnd(' ', '?', '？', '.', '。', '!', '！');
        if (trimmed.EndsWith('伐'))
            folded = trimmed[..^1] + "吗";
        else if (trimmed.EndsWith('未') && trimmed.Length > 1)
            folded = trimmed[..^1] + "没";
        return folded;
    }

    /// <summary>The text without a softening tag at its end; <paramref name="tagged"/> says whether one was there.</summary>
    public static string CutTags(string padded, out bool tagged)
    {
        tagged = false;
        for (var again = true; again;)
        {
            again = false;
            foreach (var tag in (string[])[.. ChineseRequestTags, .. EnglishRequestTags, .. Particles])
            {
                var cjk = VoiceText.IsCjk(tag[0]);
                var end = cjk ? tag + " " : " " + tag + " ";
                var trimmed = padded.TrimEnd() + " ";
                if (!trimmed.EndsWith(end, StringComparison.Ordinal) || trimmed.Trim().Length <= tag.Length + (cjk ? 0 : 3))
                    continue;
                padded = trimmed[..^end.Length] + " ";
                tagged |= !Particles.Contains(tag);
                again = true;
            }
        }

        return padded;
    }

    private static Dictionary<char, char> BuildSimplified()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Traditional.Length; i += 2)
            map[Traditional[i]] = Traditional[i + 1];
        return map;
    }

    [GeneratedRegex(@"(^|\s|[\u4e00-\u9fff])阿(?=[关开亮锁在有是好冷热])", RegexOptions.CultureInvariant)]
    private static partial Regex AskingA();

    [GeneratedRegex(@"(?<![合拉靠聚收])拢", RegexOptions.CultureInvariant)]
    private static partial Regex AllLong();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])(?<![那这一几两哪每整半])个声(?!音)", RegexOptions.CultureInvariant)]
    private static partial Regex OfSound();
}
