using System.Text.RegularExpressions;

namespace AiotHub.Automation.Voice;

/// <summary>
/// A request said with its reason in another clause: "put the air conditioning on, your mum's been complaining it's
/// stuffy", "AC fan on high, it's roasting in here", "客厅那灯给关喽 忒晃眼", "turn on the air purifier. Did that work?".
/// Read whole, the reason's words ("stuffy", "晃眼", a question) compete with the request; the request is the one clause
/// that names a device and says what to do, and every other clause only says why. A clause is a reason when it names
/// nothing, gives no number or delay, takes nothing back, and asks nothing of the device: a feeling, a question about
/// nothing in the home, no request at all, or the speaker's own news ("we're goin' out", "your mum's in the bedroom
/// tonight"). Anything else leaves the whole utterance to the rest of the engine.
/// </summary>
internal static partial class ReasonClause
{
    /// <summary>At most this many clauses; beyond it the utterance is read whole.</summary>
    private const int MaxClauses = 4;

    // Who or what the reason is about, said first: "it's roasting", "we downloaded films", "your mum's in the bedroom".
    private static readonly string[] EnglishSubjects =
        ["it's", "its", "it is", "it", "i'm", "im", "i am", "i've", "i'll", "i", "we", "we're", "we've", "we'll", "they", "they're", "they'll", "they've",
            "he", "he's", "she", "she's", "you", "you're", "your", "my", "our", "his", "her", "their", "there's", "theres", "there", "that's", "thats",
            "this", "this is", "everyone", "everyone's", "everybody", "everybody's", "nobody", "someone", "the kids", "the baby", "mum", "mum's", "mom", "mom's", "dad", "dad's",
            "because", "cause", "'cause", "cos", "coz", "since", "as", "so", "in case", "got", "gonna"];

    private static readonly string[] ChineseSubjects = ["我", "俺", "咱", "他", "她", "它", "你", "大家", "孩子", "宝宝", "老人", "天", "太阳", "外面", "因为", "怕", "省得", "免得"];

    /// <summary>The request clause read alone, or null when the utterance is not one request beside its reasons.</summary>
    public static Utterance? Find(string raw, Utterance whole, HomeView home, VoiceOptions options, Func<string, bool> namesScene)
    {
        var lang = whole.Language;
        // "音箱喊一声 小宝大宝洗澡了": what the speaker is to say is no reason.
        if (RequestReader.Read(whole, options).Verb == VoiceVerb.Say)
            return null;
        var clauses = Clauses(raw, lang);
        if (clauses.Count < 2 || clauses.Count > MaxClauses || Negation.IsTakenBack(whole.Text, lang))
            return null;
        var read = clauses.Select(c => UtteranceReader.Read(c.Asked ? c.Text + "?" : c.Text, lang, home, options)).ToList();
        // "the speaker, crank it", "the TV sound, close it": the thing said first, then what to do to it.
        for (var i = 0; lang == "en" && i + 1 < read.Count; i++)
            if (read[i].NamesSomething && RequestReader.Read(read[i], options).Verb == VoiceVerb.None && !read[i + 1].NamesSomething
                && ObjectPronoun().IsMatch(read[i + 1].Text) && ItOrThem().Replace(clauses[i + 1].Text, " " + clauses[i].Text + " ", 1) is var joined)
            {
                clauses[i + 1] = (joined, clauses[i + 1].Asked);
                read[i + 1] = UtteranceReader.Read(joined, lang, home, options);
                read[i] = UtteranceReader.Read("", lang, home, options);
            }

        var commands = Enumerable.Range(0, read.Count)
            .Where(i => (read[i].NamesSomething || read[i].Group || RequestReader.Read(read[i], options).Word == "music") && !read[i].Question && !Negation.IsNegated(read[i]) && RequestReader.Read(read[i], options).Verb != VoiceVerb.None)
            .ToList();
        if (commands.Count != 1)
            return null;
        var command = read[commands[0]];
        // "bentar lagi 关电视": "later" said across the pauses is still when, never cut away.
        if ((VoiceDurations.IsVague(whole.Text) || ClockTime.IsSaid(whole.Text)) && !read.Any(c => VoiceDurations.IsVague(c.Text) || ClockTime.IsSaid(c.Text)))
            return null;
        var rooms = Exclusion.Devices(command, home).Select(d => d.RoomId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // "kettle plug is still on, no?": a tag that makes the whole a question.
        if (Enumerable.Range(0, read.Count).Any(i => read[i].Text.Trim().Length == 0 && clauses[i].Asked))
            return null;
        for (var i = 0; i < read.Count; i++)
            if (i != commands[0] && read[i].Text.Trim().Length > 0 && !IsReason(read[i], i > commands[0], command, rooms, options, namesScene))
                return null;
        return command;
    }

    /// <summary>The clauses between pauses, each with whether a question mark ended it.</summary>
    private static List<(string Text, bool Asked)> Clauses(string raw, string lang)
    {
        var clauses = new List<(string Text, bool Asked)>();
        // "at four a.m.": no pause.
        raw = raw.Replace("a.m.", "am", StringComparison.OrdinalIgnoreCase).Replace("p.m.", "pm", StringComparison.OrdinalIgnoreCase);
        var at = 0;
        foreach (Match pause in (lang == "zh" ? ChineseBreak() : EnglishBreak()).Matches(raw))
        {
            clauses.Add((raw[at..pause.Index].Trim(), pause.Value.Contains('?') || pause.Value.Contains('？')));
            at = pause.Index + pause.Length;
        }

        clauses.Add((raw[at..].Trim(), false));
        return [.. clauses.Where(c => c.Text.Length > 0)];
    }

    /// <summary>
    /// Whether a clause beside the request only says why. <paramref name="rooms"/> are the rooms of the devices the request
    /// named: a reason may say where they all are ("…sleep mode, your mum's in the bedroom tonight"), but a room that picks
    /// some of them ("开灯开灯 卧室的") or leaves some out ("除了客厅 …") is part of the request.
    /// </summary>
    private static bool IsReason(Utterance clause, bool after, Utterance command, HashSet<string> rooms, VoiceOptions options, Func<string, bool> namesScene)
    {
        var text = clause.Text.TrimStart();
        var zh = clause.Language == "zh";
        var subject = zh ? ChineseSubjects.Any(s => text.StartsWith(s, StringComparison.Ordinal)) : EnglishSubjects.Any(s => text.StartsWith(s + " ", StringComparison.Ordinal));
        // ("天都亮了": 都 is "already" in someone's news, no group; "一个人闷得慌": one person, no value.)
        // ("curtains shut, I don't want anyone looking in": someone's own "don't" is why, not a take-back.)
        if (clause.NamesSomething || clause.Group && !(zh && subject) || clause.Rooms.Count > 0 && !(rooms.Count > 0 && rooms.All(clause.Rooms.Contains))
            || clause.Missing is not null || clause.Number is not null && !(zh && VoiceNumbers.First(CountedOne().Replace(clause.Text, " ")) is null)
            || clause.Delay is not null || Negation.IsNegated(clause) && !(subject && !zh && !ObjectPronoun().IsMatch(clause.Text) && !Negation.IsTakenBack(clause.Text, "en")))
            return false;
        // "晚安 把电视盒子也关了": a scene said beside the request is a request of its own; "俺孙子睡了" is someone's news.
        if (!subject && namesScene(clause.Text))
            return false;
        // "…, later", "…, tonight": when, not why (unless someone else's plan: "they'll be going up soon").
        if (!subject && (ClockTime.IsSaid(clause.Text) || VoiceDurations.IsVague(clause.Text)))
            return false;
        // "…, did that work?": a question of its own about nothing here, after the request. Not a tag ("kettle plug is still
        // on, no?": the whole is the question), nor a question first ("睡觉前问一下 …": it asks about what follows).
        // ("…on, or what?": a tag.)
        if (clause.Question)
            return after && clause.Text.Trim().Split(' ').Length >= 2 && !VoiceText.ContainsAny(clause.Text, ClauseFocus.AskWords) && !text.StartsWith("or ", StringComparison.Ordinal);
        // "…, it's roasting in here": a feeling, unless it is itself the request of the device ("…too blue, warm it up") or
        // the request clause is only a feeling too ("客厅灯光太冷了 调暖一点").
        if (RequestReader.IsFeeling(clause))
            return (!RequestReader.IsFeeling(command) || subject) && !ObjectPronoun().IsMatch(clause.Text);
        var asked = RequestReader.Read(CompoundRequest.Carry(clause, command), options);
        // Someone's news ("天都亮了", "everyone's piling in from the heat") may sound like a setting; an instruction says it to
        // the device ("I want it on cool").
        return asked.Verb == VoiceVerb.None
            || subject && (asked.Setting == VoiceSetting.None || asked.Implied || asked.Setting == VoiceSetting.Mode && !clause.TextHasAny(["mode", "模式", "want", "need", "like"]))
            && !ObjectPronoun().IsMatch(clause.Text)
            && asked.Verb is not (VoiceVerb.App or VoiceVerb.Input or VoiceVerb.Say or VoiceVerb.Key)
            // ("everything in the living room off, I need dead silence": the quiet is why they go off.)
            // ("pause the speaker, I need silence for the intro": the same.)
            && (asked.Verb is not (VoiceVerb.Mute or VoiceVerb.Unmute) || RequestReader.Read(command, options).Verb is VoiceVerb.On or VoiceVerb.Off or VoiceVerb.Pause or VoiceVerb.Stop);
    }

    [GeneratedRegex(@"\b(?:it|them)\s+(?:up|down|on|off)\b|\b(?:it|them)\s*$|它", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"\b(?:it|them)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItOrThem();

    [GeneratedRegex(@"一(?=[个点下会些阵种样块人])", RegexOptions.CultureInvariant)]
    private static partial Regex CountedOne();

    [GeneratedRegex(@"[,;!?:…]|(?<!\d)\.|\.(?!\d)|\s[-–—]+\s|[–—]", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishBreak();

    [GeneratedRegex(@"[\s，。！？；、,.!?;…~～]+", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseBreak();
}
