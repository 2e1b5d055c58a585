using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>
/// A time of day or a day said with a command ("turn off the tv at 9 pm", "明天早上七点开灯", "晚上十点半关空调"): timers
/// here run a delay from now, so such a request is refused rather than carried out at once, at the wrong time.
/// </summary>
internal static partial class ClockTime
{
    // "it's freezing tonight", "a cold one tonight": tonight said of the weather is why, not when.
    // "…it's my bedtime at nine am", "…明早八点有课": the time of something else is why, not when.
    public static bool IsSaid(string text) => IsSaidCore(EventAt().Replace(text, " "));

    private static bool IsSaidCore(string text) =>
        EnglishPattern().IsMatch(text.Replace(" freezing tonight", " freezing", StringComparison.Ordinal).Replace(" cold tonight", " cold", StringComparison.Ordinal)
            .Replace(" one tonight", " one", StringComparison.Ordinal).Replace(" hot tonight", " hot", StringComparison.Ordinal).Replace(" chilly tonight", " chilly", StringComparison.Ordinal))
        || ChinesePattern().IsMatch(text);

    // Digits need a clock word ("at 9 pm", "at 7 30": the colon is a space by now): "volume at 60" is no time.
    [GeneratedRegex(@"\b(?:at|until|till|before)\s+(?:\d{1,2}\s+\d\d\b|\d{1,2}\s*(?:am|pm|a m|p m|o'clock|oclock)\b|noon\b|midnight\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:o'clock|oclock|am|pm|a m|p m|thirty|fifteen|forty five)\b)|\b\d{1,2}\s*(?:am|pm|a m|p m|o'clock)\b|\b(?:tomorrow|tonight|this evening|every day|every night|every morning|each morning|each night)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPattern();

    [GeneratedRegex(@"(?:早上|上午|中午|下午|晚上|今晚|凌晨|傍晚|明早|明晚|夜里|半夜)\s*[零一二两三四五六七八九十\d]+\s*[点:：]|[零一二两三四五六七八九十\d]+\s*点\s*(?:钟|半|整|[零一二三四五六七八九十\d]+\s*分)|明天|后天|今天晚上|每天|每晚|每天早上", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"\b(?:it's|its|it is|we're|we are|i'm|i am|they're|they are|it'll be|gonna be)\b(?:\s+\S+){0,4}?\s+tonight\b|\b(?:i'm|we're|i am|we are|he's|she's)\s+(?:off|away|back|gone|out|home)\s+(?:till|until|by)\s+tomorrow\b|我们?明天(?:再来|回来|才回|再回|回)|\b(?:bedtime|class|classes|lecture|shift|meeting|flight|train|bus|exam|appointment|kick ?off|match|school|work)\s+(?:is\s+|starts\s+|begins\s+|'s\s+)?at\s+(?:\S+\s+){0,2}?(?:am|pm|a m|p m|o'clock|oclock|noon|midnight|\d\d|thirty|fifteen)\b|(?:早上|上午|中午|下午|晚上|今晚|凌晨|明早|明晚|明天|后天)?\s*[零一二两三四五六七八九十\d]+\s*[点:：]\s*(?:半|[零一二三四五六七八九十\d]+\s*分?)?\s*(?:有课|上课|上班|开会|有会|的飞机|的火车|的高铁|考试)", RegexOptions.CultureInvariant)]
    private static partial Regex EventAt();
}
