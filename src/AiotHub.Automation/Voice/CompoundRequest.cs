namespace AiotHub.Automation.Voice;

/// <summary>
/// Several requests in one breath: "turn off the TV and turn on the ceiling light", "关电视 开空调", "把灯关了再把窗帘拉上".
/// The text is cut at the words that join clauses; it is a compound only when every part names something and asks for
/// something of its own, so "turn off the TV and the lights" or "空调再低两度" stay one request. Each part is then
/// understood alone, under the same safety rules, so a part acts only on what that part named.
/// </summary>
internal static class CompoundRequest
{
    private static readonly string[] EnglishJoins = [" and then ", " and also ", " and ", " then ", " also ", " after that ", " plus ", " as well as "];

    private static readonly string[] ChineseJoins = ["然后再", "然后", "再把", "并且", "同时", "还有", "接着", "顺便", "另外", "再给", "再帮"];

    /// <summary>At most this many parts: beyond it the utterance is read as one request.</summary>
    private const int MaxParts = 4;

    /// <summary>The parts of a compound request, or null when the text is one request.</summary>
    public static IReadOnlyList<string>? Split(Utterance whole, HomeView home, VoiceOptions options)
    {
        var text = whole.Text;
        var parts = new List<string> { text };
        foreach (var join in whole.Language == "zh" ? ChineseJoins : EnglishJoins)
            parts = [.. parts.SelectMany(p => p.Split(join, StringSplitOptions.RemoveEmptyEntries))];
        if (whole.Language == "zh")
            parts = [.. parts.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        parts = [.. parts.Select(p => p.Trim()).Where(p => p.Length > 0)];
        if (parts.Count < 2 || parts.Count > MaxParts)
            return null;
        // A join inside a name ("Salt and pepper lamp") is no join.
        foreach (var (phrase, _) in home.Phrases)
            if (VoiceText.Contains(text, phrase) && parts.All(p => !VoiceText.Contains(" " + p + " ", phrase)))
                return null;
        foreach (var part in parts)
        {
            var u = UtteranceReader.Read(part, whole.Language, home, options);
            if (u.Question || !(u.NamesSomething || u.Missing is not null) || RequestReader.Read(u, options).Verb == VoiceVerb.None)
                return null;
        }

        return parts;
    }
}
