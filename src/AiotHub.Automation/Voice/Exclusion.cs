using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// "turn off everything in the living room except the tv", "请把客厅除了空调以外的都关掉", "all the lights but the bedroom
/// one": what is left out is cut from the request and named on its own; the request then acts on the rest. A left-out
/// part that names nothing the home has makes the engine ask instead of guessing (it never acts on what was excluded).
/// </summary>
internal static partial class Exclusion
{
    private static readonly string[] EnglishMarkers = [" but leave ", " but keep ", " and leave ", " and keep ", " except for ", " except ", " apart from ", " other than ", " excluding ", " but not ", " save for "];

    // "everything but the tv": "but" excludes only after a group word.
    private static readonly string[] EnglishGroupBut = [" everything but ", " all but ", " all of them but ", " everything else but ", " every light but ", " all the lights but "];

    private static readonly string[] EnglishEnds = [" and ", " but ", " please ", " then ", " now "];

    /// <summary>The text without the excluded part, and that part; null when nothing is excluded.</summary>
    public static (string Kept, string Excluded)? Cut(string text, string lang) => lang == "zh" ? CutChinese(text) : CutEnglish(text);

    /// <summary>The devices the excluded part names: by name, by noun (in its rooms), or a room's devices.</summary>
    public static List<Device> Devices(Utterance excluded, HomeView home)
    {
        var devices = excluded.Named.SelectMany(d => d).ToList();
        if (excluded.Nouns.Count > 0)
            devices.AddRange(TargetResolver.NounPool(excluded, home));
        else if (excluded.Named.Count == 0 && excluded.Rooms.Count > 0)
            devices.AddRange(home.Devices.Where(d => d.RoomId is { } room && excluded.Rooms.Contains(room)));
        return [.. devices.DistinctBy(d => d.Id)];
    }

    private static (string, string)? CutEnglish(string text)
    {
        // "leave the big light as it is and turn the TV on": what is left as it is, then the request.
        if (LeaveAsItIs().Match(text) is { Success: true } leave)
            return (" " + leave.Groups["kept"].Value + " ", " " + leave.Groups["left"].Value + " ");
        foreach (var marker in EnglishGroupBut)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var but = at + marker.Length - " but ".Length;
                return Split(text, but, " but ".Length);
            }
        }

        // "turn everything off but the aircon": "but" after a group word and its verb, with no verb after it.
        var butAt = text.IndexOf(" but ", StringComparison.Ordinal);
        if (butAt > 0 && VoiceText.ContainsAny(text[..butAt], "everything", "all", "every") && !text.AsSpan(butAt).StartsWith(" but not ")
            && !VoiceText.ContainsAny(text[(butAt + 5)..], "turn", "switch", "set", "leave", "keep", "make", "put", "open", "close", "please"))
            return Split(text, butAt, " but ".Length);
        foreach (var marker in EnglishMarkers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
                return Split(text, at, marker.Length);
        }

        return null;
    }

    private static (string, string) Split(string text, int at, int markerLength)
    {
        var start = at + markerLength;
        var end = text.Length;
        foreach (var word in EnglishEnds)
        {
            var next = text.IndexOf(word, start, StringComparison.Ordinal);
            if (next >= 0 && next < end)
                end = next;
        }

        return (text[..at] + " " + text[end..], " " + text[start..end] + " ");
    }

    private static (string, string)? CutChinese(string text)
    {
        var at = text.IndexOf("除了", StringComparison.Ordinal);
        var markerLength = 2;
        // "除电视机以外": 除 alone, closed by 以外/之外.
        if (at < 0 && text.IndexOf('除', StringComparison.Ordinal) is var bare and >= 0 && bare + 1 < text.Length
            && (text.IndexOf("以外", bare, StringComparison.Ordinal) > bare || text.IndexOf("之外", bare, StringComparison.Ordinal) > bare) && !text.AsSpan(bare).StartsWith("除外"))
            (at, markerLength) = (bare, 1);
        if (at >= 0)
        {
            var start = at + markerLength;
            var end = -1;
            var endLength = 0;
            foreach (var close in (string[])["以外", "之外", "外", "其他", "其余", "别的", "的都", "都", "全", " "])
            {
                var found = text.IndexOf(close, start, StringComparison.Ordinal);
                if (found > start && (end < 0 || found < end))
                    (end, endLength) = (found, close is "以外" or "之外" or "外" ? close.Length : 0);
            }

            if (end < 0)
                return null;
            return (text[..at] + " " + text[(end + endLength)..], " " + text[start..end] + " ");
        }

        // "只留床头灯 其他灯全关掉": what is kept is left out of the rest.
        foreach (var keep in (string[])["只留下", "只留着", "只留", "只保留", "留下", "保留"])
        {
            var kept = text.IndexOf(keep, StringComparison.Ordinal);
            if (kept < 0)
                continue;
            var start = kept + keep.Length;
            var end = -1;
            foreach (var close in (string[])[" ", "其他", "其余", "别的", "剩下"])
            {
                var found = text.IndexOf(close, start, StringComparison.Ordinal);
                if (found > start && (end < 0 || found < end))
                    end = found;
            }

            if (end > start)
                return (text[..kept] + " " + text[end..], " " + text[start..end] + " ");
        }

        at = text.IndexOf("除外", StringComparison.Ordinal);
        if (at > 0)
        {
            var start = text.LastIndexOf(' ', at - 1) + 1;
            return (text[..start] + " " + text[(at + 2)..], " " + text[start..at] + " ");
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:please\s+)?(?:just\s+)?leave\s+(?<left>.+?)\s+(?:as it is|as is|alone|be|the way it is|how it is|like it is)\s+(?:and|but)\s+(?:just\s+)?(?<kept>.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeaveAsItIs();
}
