using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>Normalisation (width, case, punctuation, wake words) and language detection.</summary>
public static partial class VoiceText
{
    /// <summary>
    /// The longest utterance the assistant takes, in UTF-16 units, from every path: POST …/voice, a device's voice-command,
    /// what the learning store keeps and what may be taught. One limit, so an utterance one path takes another can too.
    /// </summary>
    public const int MaxUtteranceLength = 500;

    private static readonly string[] WakeWords =
        ["小爱同学", "小爱", "你好", "hey hub", "ok hub", "hey google", "hey", "hi", "um", "uh", "please", "thanks", "thank you", "请", "麻烦", "帮我"];

    // Only at the start: "ok" is a key in "press ok on the tv box"; 天猫精灵 and 小度 also name a speaker.
    private static readonly string[] LeadingWakeWords =
        ["ok google", "okay google", "hey siri", "siri", "alexa", "hey alexa", "ok", "okay", "so", "well", "yo", "oh", "er", "erm", "hmm", "天猫精灵", "小度小度", "小度", "嗯", "那个", "哎", "喂", "嘿"];

    /// <summary>True when the text has any CJK ideograph: such utterances are Chinese.</summary>
    public static string DetectLanguage(string text)
    {
        foreach (var c in text)
            if (IsCjk(c))
                return "zh";
        return "en";
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>
    /// NFKC (full-width letters and digits become ASCII), lower case, punctuation to spaces (keeping
    /// '.', '%' and '°' inside numbers), wake words and fillers removed, spaces collapsed.
    /// </summary>
    public static string Normalize(string text) => Normalize(text, out _);

    /// <summary>As <see cref="Normalize(string)"/>; <paramref name="tagged"/> says a softening tag ended it ("…, would you?", "…好吗").</summary>
    public static string Normalize(string text, out bool tagged)
    {
        // The hub runs with invariant globalization, where Normalize does not fold full-width forms: fold them here.
        var folded = VoiceDialects.Fold(FoldWidth(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant());
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var keep = char.IsLetterOrDigit(c) || c is '%' or '°' or ' ' or '\'' or '-'
                || (c == '.' && i > 0 && char.IsDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsDigit(folded[i + 1]));
            builder.Append(keep ? (c == '-' ? ' ' : c) : ' ');
        }

        var result = " " + Collapse(builder.ToString()) + " ";
        // "twenty uh twenty two point five": a hesitation between two numbers restarts the number; the later one is meant.
        result = RestartedNumber().Replace(result, " no ");
        foreach (var wake in (string[])[.. WakeWords, .. VoiceDialects.EnglishFillers, .. VoiceDialects.ChineseFillers])
        {
            var pattern = IsCjk(wake[0]) ? wake : " " + wake + " ";
            var replacement = IsCjk(wake[0]) ? " " : " ";
            result = result.Replace(pattern, replacement, StringComparison.Ordinal);
        }

        result = " " + Collapse(result) + " ";
        for (var again = true; again;)
        {
            again = false;
            foreach (var wake in LeadingWakeWords)
            {
                var pattern = IsCjk(wake[0]) ? " " + wake : " " + wake + " ";
                if (result.StartsWith(pattern, StringComparison.Ordinal) && result.Length > pattern.Length + 1)
                {
                    result = " " + result[pattern.Length..];
                    again = true;
                }
            }
        }

        result = VoiceDialects.CutTags(" " + Collapse(result) + " ", out tagged);
        return Collapse(result);
    }

    private static string FoldWidth(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] switch
                {
                    '\u3000' => ' ',
                    '。' => '.',
                    '、' => ',',
                    >= '\uff01' and <= '\uff5e' => (char)(source[i] - 0xfee0),
                    _ => source[i],
                };
        });

    private static string Collapse(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Index of <paramref name="phrase"/> in <paramref name="text"/>; Latin phrases only at word boundaries.</summary>
    public static int Find(string text, string phrase)
    {
        if (phrase.Length == 0)
            return -1;
        var start = 0;
        while (true)
        {
            var index = text.IndexOf(phrase, start, StringComparison.Ordinal);
            if (index < 0)
                return -1;
            if (IsCjk(phrase[0]) || IsBoundary(text, index - 1) && IsBoundary(text, index + phrase.Length))
                return index;
            start = index + 1;
        }
    }

    public static bool Contains(string text, string phrase) => Find(text, phrase) >= 0;

    public static bool ContainsAny(string text, params string[] phrases) => phrases.Any(p => Contains(text, p));

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetter(text[index]) || IsCjk(text[index]);

    internal static string Invariant(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Whether the word is a number said in English digits or words ("22", "twenty", "five").</summary>
    internal static bool IsEnglishNumber(string word) => NumberWord().IsMatch(word);

    private const string EnglishNumber = @"(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";

    [GeneratedRegex(@"^" + EnglishNumber + @"$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?<=\b" + EnglishNumber + @"%?) (?:uh+|um+|uhm|er|erm|ehm|hmm)(?: (?:uh+|um+|er|erm))* (?=" + EnglishNumber + @"\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RestartedNumber();
}
