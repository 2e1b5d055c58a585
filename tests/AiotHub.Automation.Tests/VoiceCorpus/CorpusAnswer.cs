using System.Text.RegularExpressions;

namespace AiotHub.Automation.Tests.VoiceCorpus;

/// <summary>
/// Whether an answer is wholly in the utterance's language: a Chinese answer has no Latin words but the few a Chinese
/// speaker reads as they are (HDMI, USB, AV, PM2.5, Wi-Fi, and app brands people say in English), an English answer no
/// Chinese characters.
/// </summary>
internal static partial class CorpusAnswer
{
    private static readonly HashSet<string> LatinInChinese = new(StringComparer.OrdinalIgnoreCase)
    {
        "HDMI", "USB", "AV", "PM", "Wi", "Fi", "K", "YouTube", "Netflix", "Prime", "Video", "Disney", "Spotify", "Bilibili",
    };

    public static bool MixesLanguages(string language, string answer) =>
        language == "zh"
            ? LatinWord().Matches(answer).Any(m => !LatinInChinese.Contains(m.Value))
            : answer.Any(c => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff');

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LatinWord();
}
