using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>
/// A command said in the negative ("don't turn off the tv", "never mind", "别关电视", "不要开灯") asks for nothing:
/// the engine must not act on it. "别出声"/"不要出声" (be quiet) are mute requests and "别放了" (stop playing) a stop, not negations of a verb.
/// </summary>
internal static partial class Negation
{
    private static readonly string[] English = ["don't", "dont", "do not", "never", "never mind", "nevermind", "no need to", "not now", "stop asking", "no thanks", "forget it", "cancel that"];

    // 别/不要/不用/无需 directly before a verb of control.
    private static readonly string[] ChineseNegations = ["别", "不要", "不用", "无需", "不需要", "甭", "用不着", "先别", "千万别", "没必要", "不必", "不敢"];

    private static readonly string[] ChineseVerbs =
        ["关", "开", "打开", "动", "碰", "调", "把", "给", "帮", "启动", "停", "暂停", "拉", "切", "换", "设", "弄", "搞", "整", "再", "去", "让", "叫"];

    private static readonly string[] ChineseWhole = ["算了", "不用了", "没事了", "取消吧", "不要了"];

    // Said last, they take back what came before: "插座打开 哦不 算了", "turn on the tv actually forget it".
    private static readonly string[] ChineseTakeBacks = ["再说吧", "再说", "还是算了", "算了算了", "算了", "不用了", "不要了", "没事了", "取消", "不开了", "不关了", "别弄了"];

    private static readonly string[] EnglishTakeBacks = ["scratch that", "actually no", "on second thought", "don't bother", "no don't", "cancel", "nah"];

    public static bool IsNegated(Utterance u) => IsNegated(u.Text, u.Language);

    /// <summary>Whether the text ends by taking the request back ("…算了", "…never mind", "…scratch that").</summary>
    public static bool IsTakenBack(string text, string lang)
    {
        var trimmed = text.Trim();
        // "打开电视 算了 不看了", "turn on the tv actually never mind I'm going out": taken back, and nothing asked after it.
        foreach (var word in lang == "zh" ? (string[])["算了", "不用了", "不要了"] : ["never mind", "nevermind", "forget it", "scratch that", "cancel that"])
        {
            var at = trimmed.LastIndexOf(word, StringComparison.Ordinal);
            if (at > 0 && !VoiceText.ContainsAny(trimmed[(at + word.Length)..], lang == "zh" ? ["开", "关", "调", "放", "播", "停", "拉"] : ["turn", "switch", "set", "open", "close", "play", "pause", "stop", "start"]))
                return true;
        }

        // "turn off the tv, wait no, one more round", "关电视 等等 再打一把": stopped, and nothing asked instead.
        if (WaitThen(trimmed, lang) is { } after && !VoiceText.ContainsAny(after, lang == "zh"
                ? ["开", "关", "调", "拉", "放", "播", "停", "设", "静音"]
                : ["turn", "switch", "set", "open", "close", "play", "pause", "stop", "start", "make", "mute", "dim", "raise", "lower", "put"])
            // ("…wait no, the lamp": the thing meant instead; "…actually no, Dad's asleep in the chair", "…, the baby's just gone
            // down" take it back: news, not a thing.)
            && !(lang != "zh" && after.TrimStart().StartsWith("the ", StringComparison.Ordinal) && !VoiceText.ContainsAny(after, "'s", "is", "are", "was", "were", "has", "have", "just"))
            && !after.Any(char.IsDigit))
            return true;
        // "turn off the tv actually no leave it on for the kids": corrected to leaving it as it is.
        if (lang != "zh" && LeaveItBe().IsMatch(trimmed))
            return true;
        foreach (var word in lang == "zh" ? ChineseTakeBacks : EnglishTakeBacks)
            // ("把电视的静音取消": the mute is what is cancelled.)
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && trimmed.Length > word.Length && !(word == "取消" && trimmed.EndsWith("静音取消", StringComparison.Ordinal))
                && (lang == "zh" || trimmed[^(word.Length + 1)] == ' '))
                return true;
        return false;
    }

    /// <summary>What follows a "wait" said after the request ("…, wait no, …", "… 等等 …"), or null.</summary>
    private static string? WaitThen(string text, string lang)
    {
        foreach (var word in lang == "zh" ? (string[])["等等", "等一下", "慢着", "且慢", "哦不", "啊不", "噢不"] : ["wait no", "no wait", "hang on", "hold on no", "wait a sec", "actually no", "no actually", "on second thought", "scratch that"])
        {
            var at = text.LastIndexOf(word, StringComparison.Ordinal);
            if (at > 0)
                return text[(at + word.Length)..];
        }

        return null;
    }

    public static bool IsNegated(string text, string lang)
    {
        if (IsTakenBack(text, lang))
            return true;
        if (lang != "zh")
        {
            foreach (var word in English)
                if (VoiceText.Contains(text, word))
                    return true;
            return false;
        }

        foreach (var whole in ChineseWhole)
            if (text.Trim() == whole || text.Trim().StartsWith(whole, StringComparison.Ordinal))
                return true;
        foreach (var negation in ChineseNegations)
        {
            var at = text.IndexOf(negation, StringComparison.Ordinal);
            while (at >= 0)
            {
                var after = text.AsSpan(at + negation.Length).TrimStart();
                foreach (var verb in ChineseVerbs)
                    if (after.StartsWith(verb, StringComparison.Ordinal))
                        return true;
                at = text.IndexOf(negation, at + negation.Length, StringComparison.Ordinal);
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:actually|no|wait|sorry|on second thought|hmm)\b,?\s+(?:no\s+)?(?:just\s+)?(?:leave|keep|let)\s+(?:it|them|that|those)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeaveItBe();
}
