namespace AiotHub.Automation.Voice;

/// <summary>
/// A room said in the reason for a request rather than as where the device is: "air conditioner to dry mode, the
/// kitchen steam is everywhere", "resume the tv box, we're back from the kitchen", "空调开除湿 厨房蒸汽太大了". Read only
/// when the device named is not in that room: "turn on the ac in the kitchen", with no air conditioner there, still
/// answers that the kitchen has none.
/// </summary>
internal static class RoomAside
{
    // Words that may follow a room said as a place ("the kitchen light", "the living room please", "the bedroom to 22").
    private static readonly HashSet<string> PlaceFollowers = new(StringComparer.Ordinal)
    {
        "please", "now", "too", "as", "and", "to", "at", "on", "off", "up", "down", "in", "one", "ones", "a", "by", "for", "all", "then", "thanks", "thank",
        "right", "left", "first", "only", "again", "already",
    };

    /// <summary>Whether every room the utterance says is said aside from the device it names.</summary>
    public static bool IsAside(Utterance u, HomeView home, VoiceOptions options)
    {
        if (u.Rooms.Count == 0 || !u.NamesSomething)
            return false;
        var text = u.Text;
        var found = false;
        foreach (var (phrase, roomId) in home.RoomPhrases(options))
        {
            if (!u.Rooms.Contains(roomId) || VoiceText.Find(text, phrase) is not (var at and >= 0))
                continue;
            found = true;
            if (!(u.Language == "zh" ? InOtherClause(text, at, home, options) : AsideInEnglish(text, at, phrase, home)))
                return false;
        }

        return found;
    }

    /// <summary>The room's clause names no device and the utterance has another clause that does.</summary>
    private static bool InOtherClause(string text, int at, HomeView home, VoiceOptions options)
    {
        var start = text.LastIndexOf(' ', at) + 1;
        var end = text.IndexOf(' ', at);
        var clause = end < 0 ? text[start..] : text[start..end];
        if (clause.Length == text.Trim().Length)
            return false;
        return !UtteranceReader.Read(clause, "zh", home, options).NamesSomething;
    }

    /// <summary>"…back from the kitchen", "…the kitchen steam is everywhere": after "from", or before a word no place is followed by.</summary>
    private static bool AsideInEnglish(string text, int at, string phrase, HomeView home)
    {
        var before = text[..at].TrimEnd();
        if (before.EndsWith(" the", StringComparison.Ordinal) || before.EndsWith(" my", StringComparison.Ordinal) || before.EndsWith(" our", StringComparison.Ordinal))
            before = before[..before.LastIndexOf(' ')].TrimEnd();
        if (before.EndsWith(" from", StringComparison.Ordinal) || before.EndsWith(" out of", StringComparison.Ordinal) || before == "from")
            return true;
        // "the tv in the bedroom", "the light of the living room": where the device is.
        foreach (var place in (string[])["in", "of", "at", "inside", "into", "on", "for"])
            if (before.EndsWith(" " + place, StringComparison.Ordinal) || before == place)
                return false;
        var after = text[(at + phrase.Length)..].TrimStart();
        if (after.Length == 0)
            return false;
        var next = after.Split(' ')[0];
        next = next.EndsWith("'s", StringComparison.Ordinal) ? next[..^2] : next;
        if (PlaceFollowers.Contains(next) || next.Length == 0)
            return false;
        // "the kitchen light", "the living room tv": a device after the room is where it is.
        return !home.Phrases.Any(p => after.StartsWith(p.Phrase, StringComparison.Ordinal))
            && !home.ModelNouns.Any(n => after.StartsWith(n.Phrase, StringComparison.Ordinal))
            && !VoiceVocabulary.Nouns.Any(n => after.StartsWith(n.Phrase, StringComparison.Ordinal));
    }
}
