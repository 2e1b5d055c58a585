namespace AiotHub.Automation.Voice;

/// <summary>
/// Self-corrections: "turn on the living room light no wait the bedroom one", "打开客厅的灯 不对 卧室的". What is named
/// after the last correction word wins: its room replaces the earlier rooms, and a device named after it replaces the
/// devices named before; the verb said before still counts. Without anything named after the marker the text is kept.
/// </summary>
internal static class Corrections
{
    private static readonly string[] Markers =
    [
        "no wait", "wait no", "no no", "oh no", "i mean", "i meant", "sorry", "actually", "oops", "scratch that", "not that one", "make that", "rather", "wait",
        "不对", "我是说", "我说的是", "说错了", "哦不", "不是这个", "不是那个", "错了", "应该是", "是说",
    ];

    public static string Apply(string rest, HomeView home, VoiceOptions options)
    {
        var at = -1;
        var length = 0;
        foreach (var marker in Markers)
        {
            var found = LastIndex(rest, marker);
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
            device |= VoiceText.Contains(after, phrase);
        foreach (var noun in home.ModelNouns)
            device |= VoiceText.Contains(after, noun.Phrase);
        foreach (var noun in VoiceVocabulary.Nouns)
            device |= VoiceText.Contains(after, noun.Phrase);
        var room = false;
        var rooms = home.RoomPhrases(options).ToList();
        foreach (var (phrase, _) in rooms)
            room |= VoiceText.Contains(after, phrase);
        if (!device && !room)
            return rest;

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
}
