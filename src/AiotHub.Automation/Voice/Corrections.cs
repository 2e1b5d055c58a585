namespace AiotHub.Automation.Voice;

/// <summary>
/// Self-corrections: "turn on the living room light no wait the bedroom one", "打开客厅的灯 不对 卧室的". What is named
/// after the last correction word wins: its room replaces the earlier rooms, and a device named after it replaces the
/// devices named before; the verb said before still counts. Without anything named after the marker the text is kept.
/// </summary>
internal static partial class Corrections
{
    private static readonly string[] Markers =
    [
        "no wait", "wait no", "no no", "oh no", "i mean", "i meant", "sorry", "actually", "oops", "scratch that", "not that one", "make that", "rather", "wait",
        "no", " 不是 ", "不对", "我是说", "我说的是", "说错了", "哦不", "不是这个", "不是那个", "错了", "应该是", "是说",
    ];

    public static string Apply(string rest, HomeView home, VoiceOptions options)
    {
        var at = -1;
        var length = 0;
        foreach (var marker in Markers)
        {
            var found = LastIndex(rest, marker);
            // A bare "no" corrects only before what replaces it ("…speaker no the tv", "…to 20 no make it 22"), not in "no sound".
            if (marker == "no" && found >= 0 && !(rest.AsSpan(found + 2).TrimStart() is var next
                    && (next.StartsWith("the ", StringComparison.Ordinal) || next.StartsWith("make ", StringComparison.Ordinal) || next.Length > 0 && char.IsDigit(next[0]) || RestartsNumber(next.ToString()))))
                continue;
            if (found > at)
                (at, length) = (found, marker.Length);
        }

        if (at <= 1)
            return rest;
        var before = rest[..at];
        // "the bedroom one", "卧室那个": "one" points back at the device said before, it is no number.
        var after = rest[(at + length)..].Replace(" one ", " ", StringComparison.Ordinal);
        var device = false;
        foreach (var (phrase, _) in home.Phrases)
            device |= Names(after, phrase);
        foreach (var noun in home.ModelNouns)
            device |= Names(after, noun.Phrase);
        foreach (var noun in VoiceVocabulary.Nouns)
            device |= Names(after, noun.Phrase);
        // "turn on the tv no wait the projector": a device the home has not is still what the correction names.
        foreach (var noun in VoiceVocabulary.Missing)
            device |= Names(after, noun.Phrase);
        var room = false;
        var rooms = home.RoomPhrases(options).ToList();
        foreach (var (phrase, _) in rooms)
            room |= VoiceText.Contains(after, phrase);
        if (!device && !room)
        {
            // "set the ac to 20 no make it 22", "空调调到二十八度 不对 二十六", "下一首 哦不 上一首": the new value or verb
            // replaces the old one, on what was named before.
            if (after.Trim().Length == 0)
                return rest;
            // "switch the tv on, actually no, the baby's just gone down": someone's news after the marker, no new value.
            if (NewsAfter().IsMatch(after))
                return rest;
            // "turn off the tv, wait no, one more round": nothing asked instead; left for the take-back to read.
            if (rest.Substring(at, length).Trim() is "no wait" or "wait no" or "wait" or "actually" or "scratch that" or "oops" && !after.Any(char.IsDigit) && !VoiceText.ContainsAny(after, "turn", "switch", "set", "make", "open", "close", "play", "pause", "stop", "start", "mute",
                    "up", "down", "on", "off", "louder", "quieter", "brighter", "dimmer", "warmer", "cooler", "next", "previous")
                && !after.Any(VoiceText.IsCjk) && RestartsNumber(after) is false && !VoiceText.IsEnglishNumber(after.Trim().Split(' ')[0]))
                return rest;
            var named = Named(before, home, options);
            return " " + string.Join(' ', named) + " " + after;
        }

        foreach (var (phrase, _) in rooms)
            before = BlankAll(before, phrase);
        if (device)
        {
            foreach (var (phrase, _) in home.Phrases)
                before = BlankAll(before, phrase);
            foreach (var noun in home.ModelNouns)
                before = BlankAll(before, noun.Phrase);
            foreach (var noun in VoiceVocabulary.Nouns)
                before = BlankAll(before, noun.Phrase);
        }

        return before + " " + after;
    }

    /// <summary>"sixty no sixty five": a number said again after "no"; "no one is watching" is nobody.</summary>
    private static bool RestartsNumber(string next)
    {
        var words = next.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && VoiceText.IsEnglishNumber(words[0])
            && (words[0] != "one" || words.Length == 1 || VoiceText.IsEnglishNumber(words[1]) || words[1] is "percent" or "degrees" or "degree" or "point");
    }

    /// <summary>Whether the phrase names a device here: "电视模式", "tv mode" name a mode.</summary>
    private static bool Names(string text, string phrase) =>
        VoiceText.Contains(text, phrase) && !text.Contains(phrase + "模式", StringComparison.Ordinal) && !text.Contains(phrase + " mode", StringComparison.Ordinal);

    /// <summary>The names, nouns and rooms said in the text, in the order said.</summary>
    private static IEnumerable<string> Named(string text, HomeView home, VoiceOptions options)
    {
        var found = new List<(int At, string Phrase)>();
        void Take(string phrase)
        {
            var at = VoiceText.Find(text, phrase);
            if (at < 0)
                return;
            found.Add((at, phrase));
            text = string.Concat(text.AsSpan(0, at), new string(' ', phrase.Length), text.AsSpan(at + phrase.Length));
        }

        foreach (var (phrase, _) in home.Phrases)
            Take(phrase);
        foreach (var (phrase, _) in home.RoomPhrases(options))
            Take(phrase);
        var named = found.Count;
        foreach (var noun in home.ModelNouns)
            Take(noun.Phrase);
        foreach (var noun in VoiceVocabulary.Nouns)
            Take(noun.Phrase);
        // The first noun is the device; a later one was the value being corrected ("客厅灯调成夜灯 哦不 电视模式").
        var nouns = found.Skip(named).OrderBy(f => f.At).Take(1);
        return found.Take(named).Concat(nouns).OrderBy(f => f.At).Select(f => f.Phrase);
    }

    private static int LastIndex(string text, string phrase)
    {
        var last = -1;
        var start = 0;
        while (start < text.Length)
        {
            var at = VoiceText.Find(text[start..], phrase);
            if (at < 0)
                break;
            last = start + at;
            start = last + phrase.Length;
        }

        return last;
    }

    private static string BlankAll(string text, string phrase)
    {
        for (var at = VoiceText.Find(text, phrase); at >= 0; at = VoiceText.Find(text, phrase))
            text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(at + phrase.Length));
        return text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:the|my|our|your|his|her)\s+\S+?(?:'s|\s+(?:is|are|was|were|has|have|just))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NewsAfter();
}
