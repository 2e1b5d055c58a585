using System.Globalization;
using System.Text;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>
/// How the learning store keys an utterance: width (full-width letters and digits), case, whitespace and punctuation
/// folded, and no spaces around Chinese characters — so "Movie time!", "movie  time" and "ＭＯＶＩＥ ＴＩＭＥ" are one
/// utterance, as are "打开 观影模式。" and "打开观影模式". Nothing else is folded: what was taught is what is matched.
/// </summary>
public static class VoiceUtterances
{
    /// <summary>The longest utterance kept or taught, in characters (the voice API's limit).</summary>
    public const int MaxLength = VoiceText.MaxUtteranceLength;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var raw in folded)
        {
            // The hub runs with invariant globalization, where FormKC leaves full-width forms: fold them here.
            var c = raw is >= '\uff01' and <= '\uff5e' ? (char)(raw - 0xfee0) : raw;
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                // A space only between two non-Chinese words: Chinese is written without spaces.
                if (space && builder.Length > 0 && !IsCjk(builder[^1]) && !IsCjk(c))
                    builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>"zh" when the text has a Chinese character, else "en".</summary>
    public static string DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
            if (IsCjk(c))
                return "zh";
        return "en";
    }

    internal static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>At most <paramref name="max"/> characters, never cutting a surrogate pair.</summary>
    internal static string Clip(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }
}
