using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>Delays in utterances ("in 30 minutes", "half an hour from now", "十分钟后", "过半小时"), found and cut out of the text.</summary>
public static partial class VoiceDurations
{
    /// <summary>The delay the text asks for and the text without it; null when there is none.</summary>
    public static TimeSpan? Extract(string text, out string rest)
    {
        rest = text;
        var match = EnglishPattern().Match(text);
        if (!match.Success)
            match = ChinesePattern().Match(text);
        if (!match.Success)
            return null;
        // "in a minute or two", "in ten minutes or so": later, but not when.
        if (VagueAfter().IsMatch(text[(match.Index + match.Length)..]))
            return null;
        var amount = match.Groups["n"].Value.Trim();
        double? count = amount switch
        {
            "a" or "an" or "one" or "" => 1,
            "half an" or "half a" or "a half" or "half" or "半" or "半个" => 0.5,
            "a quarter of an" or "quarter of an" or "a quarter" or "quarter" => 0.25,
            "three quarters of an" or "three quarter of an" => 0.75,
            "a couple of" or "a couple" or "couple of" => 2,
            "a few" or "几" => 3,
            _ => VoiceNumbers.First(amount.Replace("个", "", StringComparison.Ordinal)),
        };
        if (count is not { } n || n <= 0)
            return null;
        if (match.Groups["half"].Success && match.Groups["half"].Value.Length > 0)
            n += 0.5;
        var unit = match.Groups["u"].Value;
        var seconds = unit[0] switch
        {
            's' or '秒' => n,
            'h' or '小' or '钟' => n * 3600,
            _ => n * 60,
        };
        rest = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        return TimeSpan.FromSeconds(Math.Round(seconds));
    }

    private static readonly string[] VagueEnglish =
        ["in a bit", "in a little bit", "in a while", "in a little while", "after a while", "in a moment", "in a mo", "in a tick", "in a jiffy", "later on", "later", "soon", "shortly", "at some point", "eventually", "by and by", "in a wee while", "in a sec", "after a bit", "just now", "now now", "ahorita", "dreckly", "in a minute or two", "in a few", "after a while longer",
            // Appalachian and Southern "directly", after a command: in a while, not at once.
            "directly",
            // Indonesian speakers' "bentar lagi", "nanti" (soon, later) in Chinese.
            "bentar lagi", "sebentar lagi", "nanti"];

    private static readonly string[] VagueChinese =
        ["等下子", "等一下子", "过下子", "待下子", "过一会儿", "过一会", "过会儿", "过会", "一会儿", "一会", "等会儿", "等会", "等一会", "待会儿", "待会", "呆会", "稍后", "晚点", "晚一点", "晚些", "回头再", "过一阵", "等一阵", "过阵子", "迟点", "迟些", "等下再", "等一下再", "一阵子", "等一下下", "等下下", "过一下下", "晚些时候", "回头"];

    /// <summary>Whether the text says "later" without saying when ("in a bit", "过一会儿").</summary>
    public static bool IsVague(string text)
    {
        // "in ten minutes or so": a delay said, then left open.
        if (EnglishPattern().Match(text) is { Success: true } said && VagueAfter().IsMatch(text[(said.Index + said.Length)..]))
            return true;
        foreach (var word in VagueEnglish)
            if (VoiceText.Contains(text, word))
                return true;
        foreach (var word in VagueChinese)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            // "一会儿" alone is "in a while"; after a verb it is how long ("看一会儿电视", "开一会儿空调"), which is now.
            if (at >= 0 && (word[0] != '一' || at == 0 || text[at - 1] == ' '))
                return true;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:in|after|within|over)\s+(?<n>half an|half a|half|three quarters of an|three quarter of an|a quarter of an|quarter of an|a quarter|a couple of|a few|an|a|\d+(?:\.\d+)?|[a-z]+(?: [a-z]+)?)\s+(?<u>seconds?|secs?|minutes?|mins?|hours?|hrs?)(?<half> and a half)?\b(?: from now| later| time)?|\b(?<n>a quarter of an|quarter of an|half an|\d+(?:\.\d+)?|[a-z]+(?: [a-z]+)?|an|a)\s+(?<u>seconds?|minutes?|mins?|hours?)(?<half> and a half)?\s+(?:from now|later|time|more)\b|\bgive it\s+(?<n>half an|a quarter of an|an|a|\d+(?:\.\d+)?|[a-z]+(?: [a-z]+)?)\s+(?<u>seconds?|minutes?|mins?|hours?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPattern();

    [GeneratedRegex(@"(?:过|等)?(?<n>\d+(?:\.\d+)?|[零一二两三四五六七八九十百半几]+)\s*个?(?<half>半)?\s*(?<u>秒钟|秒|分钟|分|小时|钟头|minutes?|mins?|hours?|hrs?|seconds?)\s*(?:之后|以后|后)|定时\s*(?<n>\d+|[零一二两三四五六七八九十百半几]+)\s*个?(?<half>半)?\s*(?<u>秒钟|秒|分钟|小时|钟头)(?:后|以后|之后)?|过\s*(?<n>\d+|[零一二两三四五六七八九十百半几]+)\s*个?(?<half>半)?\s*(?<u>秒钟|秒|分钟|小时|钟头)(?:再)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"^\s*(?:or (?:two|three|so|more|less)|or so)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VagueAfter();
}
