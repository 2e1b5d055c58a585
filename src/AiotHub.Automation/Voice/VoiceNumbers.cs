using System.Globalization;
using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>Numbers in utterances: digits ("20.5", "50%"), English words ("twenty five") and Chinese numerals ("二十五", "百分之五十", "二十点五").</summary>
public static partial class VoiceNumbers
{
    private static readonly Dictionary<string, int> EnglishUnits = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["couple"] = 2, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> EnglishTens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private const string ChineseDigits = "零一二两三四五六七八九";

    /// <summary>The first number in normalised text, or null.</summary>
    public static double? First(string text)
    {
        // "四分之一" is a quarter and "七成" seventy percent: shares of a percent setting.
        if (ShareOf(text) is { } share)
            return share;
        // "百分之五十" is fifty percent; "一点/一些/一下" are "a bit" and "一半" is half (a word of its own), not the number one.
        foreach (var noise in (string[])["百分之", "一丢丢", "一点点", "一丁点", "一咪咪", "一滴滴", "一下下", "一点", "一些", "一下", "一半", "一样", "一起", "一直", "一定", "一般", "一边", "一会", "一阵"])
            text = text.Replace(noise, "  ", StringComparison.Ordinal);
        var digits = DigitsPattern().Match(text);
        var chinese = ChinesePattern().Match(text);
        var english = First(text, out var englishIndex);
        var best = (Index: int.MaxValue, Value: (double?)null);
        if (digits.Success)
            best = (digits.Index, double.Parse(digits.Value, CultureInfo.InvariantCulture));
        if (chinese.Success && chinese.Index < best.Index && ParseChinese(chinese.Value) is { } zh)
            best = (chinese.Index, zh);
        if (english is { } en && englishIndex < best.Index)
            best = (englishIndex, en);
        return best.Value;
    }

    private static double? First(string text, out int index)
    {
        var words = text.Split(' ');
        var position = 0;
        for (var i = 0; i < words.Length; position += words[i].Length + 1, i++)
        {
            if (EnglishUnits.ContainsKey(words[i]) || EnglishTens.ContainsKey(words[i]))
            {
                index = position;
                return EnglishNumber(words, i);
            }

            if (words[i] == "hundred")
            {
                index = position;
                return 100;
            }
        }

        index = int.MaxValue;
        return null;
    }

    private static double? ShareOf(string text)
    {
        if (FractionPattern().Match(text) is { Success: true } fraction
            && ParseChinese(fraction.Groups["d"].Value) is { } denominator and > 0 && ParseChinese(fraction.Groups["n"].Value) is { } numerator && numerator <= denominator)
            return Math.Round(numerator / denominator * 100);
        if (TenthsPattern().Match(text) is { Success: true } tenths && ParseChinese(tenths.Groups["n"].Value) is { } n and <= 10)
            return n * 10;
        return null;
    }

    /// <summary>"twenty two", "three thousand five hundred", "twenty two point five" from word <paramref name="i"/> on.</summary>
    private static double EnglishNumber(string[] words, int i)
    {
        double total = 0;
        double group = 0;
        for (; i < words.Length; i++)
        {
            if (EnglishUnits.TryGetValue(words[i], out var unit) && !(group % 10 != 0 && unit < 10) && !(group >= 10 && group < 20))
                group += unit;
            else if (EnglishTens.TryGetValue(words[i], out var tens) && group % 100 == 0)
                group += tens;
            else if (words[i] == "hundred")
                group = (group == 0 ? 1 : group) * 100;
            else if (words[i] == "thousand")
            {
                total += (group == 0 ? 1 : group) * 1000;
                group = 0;
            }
            else if (words[i] == "and" && i + 1 < words.Length && (EnglishUnits.ContainsKey(words[i + 1]) || EnglishTens.ContainsKey(words[i + 1])) && (total + group) >= 100)
                continue;
            else if (words[i] == "point" && i + 1 < words.Length && EnglishUnits.TryGetValue(words[i + 1], out var tenth) && tenth < 10)
                return total + group + tenth / 10.0;
            else
                break;
        }

        return total + group;
    }

    /// <summary>A Chinese numeral up to the hundreds with an optional decimal part: 二十五 → 25, 一百 → 100, 十八 → 18, 二十点五 → 20.5.</summary>
    public static double? ParseChinese(string numeral)
    {
        var parts = numeral.Split('点');
        var whole = ParseChineseInteger(parts[0]);
        if (whole is null)
            return null;
        if (parts.Length == 1)
            return whole;
        var fraction = 0.0;
        var scale = 0.1;
        foreach (var c in parts[1])
        {
            var d = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (d < 0)
                return whole;
            fraction += Digit(d) * scale;
            scale /= 10;
        }

        return whole + fraction;
    }

    private static int Digit(int index) => index switch { 0 => 0, 1 => 1, 2 or 3 => 2, _ => index - 1 };

    private static double? ParseChineseInteger(string text)
    {
        if (text.Length == 0)
            return null;
        var total = 0;
        var current = 0;
        var any = false;
        var last = 0;
        foreach (var c in text)
        {
            var d = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                current = Digit(d);
                any = true;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            }
            else if (c is '百' or '千')
            {
                last = c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * last;
                current = 0;
                any = true;
                continue;
            }
            else
            {
                return null;
            }
        }

        // "两百五" is 250 and "四千五" 4500: a digit right after 百/千 ends the numeral one place lower.
        if (last > 10 && current > 0 && text.Length > 1 && text[^2] is '百' or '千')
            current *= last / 10;
        return any ? total + current : null;
    }

    [GeneratedRegex("(?<d>[一二两三四五六七八九十]+)分之(?<n>[一二两三四五六七八九十]+)")]
    private static partial Regex FractionPattern();

    // "七成", "五成": a numeral right before 成 (not "调成", "变成").
    [GeneratedRegex("(?<![一二两三四五六七八九十])(?<n>[一二两三四五六七八九十])成(?!员|功|人|绩|熟)")]
    private static partial Regex TenthsPattern();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex("[零一二两三四五六七八九十百千]+(点[零一二两三四五六七八九]+)?")]
    private static partial Regex ChinesePattern();
}
