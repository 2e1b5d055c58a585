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

    private static readonly string[] OwnPlans = ["要听", "想听", "要看", "想看", "去烧", "去做", "去洗", "去拿", "去睡", "我要去", "我去", "要去", "得去", "准备去"];

    /// <summary>At most this many parts: beyond it the utterance is read as one request.</summary>
    private const int MaxParts = 4;

    /// <summary>
    /// The parts of a compound request, or null when the text is one request. A part that follows a joining word
    /// (<see cref="CompoundPart.Carries"/>) may leave its object unsaid; a Chinese clause cut only at a pause may not
    /// ("电视大声点 我听不到" is one request with its reason, not two).
    /// </summary>
    public static IReadOnlyList<CompoundPart>? Split(Utterance whole, HomeView home, VoiceOptions options, Func<string, bool>? namesScene = null)
    {
        var text = whole.Text;
        // "twenty two and a half degrees", "up and down": one value, one setting.
        if (VoiceText.ContainsAny(text, "and a half", "up and down", "left and right", "on and off"))
            return null;
        var segments = new List<string> { text };
        foreach (var join in whole.Language == "zh" ? ChineseJoins : EnglishJoins)
            segments = [.. segments.SelectMany(p => p.Split(join, StringSplitOptions.RemoveEmptyEntries))];
        var parts = new List<CompoundPart>();
        foreach (var (segment, index) in segments.Select((s, i) => (s, i)))
        {
            var pieces = whole.Language == "zh" ? segment.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [segment];
            parts.AddRange(pieces.Select(p => p.Trim()).Where(p => p.Length > 0)
                .Select((p, i) => new CompoundPart(p, index > 0 && i == 0 && (whole.Language == "zh" ? p.Length >= 3 : p.Contains(' ', StringComparison.Ordinal)))));
        }

        // "音箱声音小点 要听电视解说", "电视暂停 中场去烧水": what the speaker means to do next, said after a pause, is why.
        if (whole.Language == "zh" && parts.Count >= 2)
            parts = [.. parts.Where((p, i) => i == 0 || p.Carries || !VoiceText.ContainsAny(p.Text, OwnPlans))];
        if (parts.Count == 1 && parts[0].Text != text.Trim())
            return parts;
        if (parts.Count < 2 || parts.Count > MaxParts)
            return null;
        // A join inside a name ("Salt and pepper lamp") is no join.
        foreach (var (phrase, _) in home.Phrases)
            if (VoiceText.Contains(text, phrase) && parts.All(p => !VoiceText.Contains(" " + p.Text + " ", phrase)))
                return null;
        Utterance? before = null;
        foreach (var part in parts)
        {
            var u = UtteranceReader.Read(part.Text, whole.Language, home, options);
            if (part.Carries)
                u = Carry(u, before);
            // "good night and switch off the kettle plug too": a scene said by name is a part of its own.
            var scene = !u.NamesSomething && namesScene?.Invoke(u.Text) == true && SceneMatcher.IsSalutation(u.Text);
            if (u.Question || !scene && (!(u.NamesSomething || u.Missing is not null) || RequestReader.Read(u, options).Verb == VoiceVerb.None))
                return null;
            before = u;
        }

        return parts;
    }

    /// <summary>
    /// A later part that names nothing is about what the part before it named: "turn on the tv and set the volume to
    /// 20", "请把电视打开 再把音量调到三十", "ac to cool mode and fan on high" (its fan, not a fan the home lacks).
    /// </summary>
    public static Utterance Carry(Utterance part, Utterance? before)
    {
        if (before is null || part.NamesSomething || part.Rooms.Count > 0 || part.Group || !(part.Missing is null || part.Missing.English == "fan"))
            return part;
        return part with { Named = before.Named, Nouns = before.Nouns, Rooms = before.Rooms, Group = before.Group };
    }
}

/// <summary>One part of a compound request; <see cref="Carries"/> when it may be about what the part before named.</summary>
internal sealed record CompoundPart(string Text, bool Carries);
