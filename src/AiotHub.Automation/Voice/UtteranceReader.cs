using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Finds what an utterance names, longest phrase first, blanking each find so a word counts once: the delay, device
/// names and aliases, rooms, device nouns (and nouns of devices the hub has no profile for), distinctive words of
/// device names ("kettle"), group words, the first number; fillers are dropped from what is left.
/// </summary>
internal static partial class UtteranceReader
{
    private static readonly string[] EnglishFillers = ["the", "a", "an", "my", "our", "your", "please", "just", "some", "can", "could", "would", "you", "kindly", "ahead", "and", "want", "wanna", "i'd", "like", "need", "thing", "pls", "plz", "yeah", "gonna", "maybe"];
    // Indirect questions: "I wonder if I left the front door open", "can you check whether…", "帮我看看门关了没".
    private static readonly string[] QuestionLeads =
        ["how many degree", "whether the", "asking if", "asking whether", "wants to know", "want to know", "wondering if", "wondering whether", "query", "report on", "i wonder", "do you know", "can you check", "could you check", "can you tell me", "could you tell me", "check if", "check whether", "did i leave", "did i forget", "let me know if",
            "报告", "汇报", "的还是", "开着还是", "关着还是", "我想知道", "不晓得", "晓不晓得", "不知道", "知不知道", "查查", "查一下", "问一下", "知不知道", "知道不", "看看有没有", "看看是不是", "看看是否"];
    private static readonly string[] ChineseFillers = ["帮我", "给我", "替我", "帮忙", "请", "一下", "的", "把", "将", "吧", "啊", "呀", "嘛", "哦", "呢", "哈", "喔", "啦", "咯", "哟", "噢", "呗", "那个", "这个", "赶紧", "麻溜"];

    public static Utterance Read(string text, string? language, HomeView home, VoiceOptions options)
    {
        var lang = language is "zh" or "en" ? language : VoiceText.DetectLanguage(text);
        var normalized = Rewrite(VoiceText.Normalize(text, out var tagged));
        // "speaker, announce that iftar is in five minutes": a time inside what is to be said is no delay.
        var said = SaidMessage().Match(" " + normalized + " ");
        var delay = said.Success ? null : VoiceDurations.Extract(" " + normalized + " ", out _);
        var rest = " " + normalized + " ";
        if (delay is not null)
            VoiceDurations.Extract(rest, out rest);
        // "all the way up" is a degree, not a group; "next to" is a place, not the next track.
        rest = rest.Replace(" all the way ", " fully ", StringComparison.Ordinal).Replace(" next to ", " by ", StringComparison.Ordinal);
        rest = Prepositions(rest);
        if (!VoiceText.ContainsAny(rest, NoUse))
            foreach (var (phrase, means) in VoiceVocabulary.Uses)
                if (VoiceText.Find(rest, phrase) is var use and >= 0 && !DescribesDevice(rest.AsSpan(use + phrase.Length)))
                    rest = rest[..use] + " " + means + " " + rest[(use + phrase.Length)..];
        // A corrected request is what was meant: the rest of the engine reads it as if said that way.
        var corrected = Corrections.Apply(rest, home, options);
        if (!ReferenceEquals(corrected, rest))
            normalized = string.Join(' ', corrected.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        rest = corrected;
        var question = !tagged && IsQuestion(text, normalized, lang);

        var named = new List<IReadOnlyList<Device>>();
        foreach (var (phrase, devices) in home.Phrases)
        {
            var at = VoiceText.Find(rest, phrase);
            if (at < 0 || IsNotANoun(rest, at, phrase))
                continue;
            named.Add(devices);
            rest = Blank(rest, at, phrase.Length);
        }

        var rooms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, roomId) in home.RoomPhrases(options))
        {
            var at = VoiceText.Find(rest, phrase);
            if (at < 0)
                continue;
            // "我在厨房听不见", "I'm in the kitchen and can't hear it": where the speaker is, not where the device is.
            if (!SaysWhereTheSpeakerIs(rest.AsSpan(0, at)))
                rooms.Add(roomId);
            rest = Blank(rest, at, phrase.Length);
        }

        var nouns = new List<DeviceNoun>();
        foreach (var modelNoun in home.ModelNouns)
        {
            var at = VoiceText.Find(rest, modelNoun.Phrase);
            if (at < 0 || IsNotANoun(rest, at, modelNoun.Phrase))
                continue;
            nouns.Add(modelNoun);
            rest = Blank(rest, at, modelNoun.Phrase.Length);
        }

        // Nouns of devices the home may have and of kinds the hub cannot have, one longest-first pass so "door lock" beats "door".
        MissingNoun? missing = null;
        var noun = 0;
        var gap = 0;
        while (noun < VoiceVocabulary.Nouns.Length || gap < VoiceVocabulary.Missing.Length)
        {
            var takeNoun = gap >= VoiceVocabulary.Missing.Length
                || noun < VoiceVocabulary.Nouns.Length && VoiceVocabulary.Nouns[noun].Phrase.Length >= VoiceVocabulary.Missing[gap].Phrase.Length;
            var phrase = takeNoun ? VoiceVocabulary.Nouns[noun].Phrase : VoiceVocabulary.Missing[gap].Phrase;
            var at = VoiceText.Find(rest, phrase);
            // "我出门的时候门关了没有": the first 门 is going out; look on for one that is the door.
            while (at >= 0 && VoiceText.IsCjk(phrase[0]) && IsNotANoun(rest, at, phrase) && VoiceText.Find(rest[(at + phrase.Length)..], phrase) is var next and >= 0)
                at += phrase.Length + next;
            // "我在车上": where the speaker is, not a car to act on.
            if (!takeNoun && at > 0 && SaysWhereTheSpeakerIs(rest.AsSpan(0, at)))
                at = -1;
            if (at >= 0 && !(phrase == "fan" && IsFanSetting(rest, at)) && !IsNotANoun(rest, at, phrase))
            {
                if (takeNoun)
                    nouns.Add(VoiceVocabulary.Nouns[noun]);
                else
                    missing ??= VoiceVocabulary.Missing[gap];
                // "fan" stays readable as a setting word ("the ac fan to high"); the engine decides whether it was a device.
                if (phrase != "fan")
                    rest = Blank(rest, at, phrase.Length);
            }

            if (takeNoun)
                noun++;
            else
                gap++;
        }

        foreach (var (word, devices) in home.NameWords)
        {
            var at = VoiceText.Find(rest, word);
            if (at < 0)
                continue;
            named.Add(devices);
            rest = Blank(rest, at, word.Length);
        }

        var group = false;
        foreach (var word in VoiceVocabulary.Group)
        {
            var at = VoiceText.Find(rest, word);
            // "both", "俩" count what was named ("both lights"); alone they point back like "it", at nothing named here.
            if (at < 0 || word is "both" or "俩" && nouns.Count == 0 && named.Count == 0 || word == "都" && rest.AsSpan(at + 1).StartsWith("是"))
                continue;
            group = true;
            rest = Blank(rest, at, word.Length);
        }

        var clauses = rest;
        rest = DropFillers(rest, lang);
        return new Utterance
        {
            Language = lang,
            Text = " " + normalized + " ",
            Rest = rest,
            Clauses = clauses,
            Raw = text,
            Question = question,
            Named = named,
            Rooms = rooms,
            Nouns = nouns,
            Missing = missing,
            Group = group,
            // "二十五度半" is 25.5.
            Number = Number(rest),
            Delay = delay,
        };
    }

    /// <summary>Words that say where the speaker is ("我在厨房", "I'm in the kitchen"), never where a device is.</summary>
    internal static readonly string[] SpeakerPlace = ["我在", "我们在", "人在", "i'm in the", "im in the", "i am in the", "we're in the"];

    /// <summary>Whether <paramref name="before"/> ends with one of <see cref="SpeakerPlace"/>.</summary>
    private static bool SaysWhereTheSpeakerIs(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        foreach (var place in SpeakerPlace)
            if (before.EndsWith(place, StringComparison.Ordinal))
                return true;
        return false;
    }

    // A use said with a negation or another verb is no request to use it: "不用烧水了", "stop boiling water", "关掉电视 不看电视了".
    private static readonly string[] NoUse = ["不", "别", "甭", "没", "关", "停", "don't", "dont", "stop", "no", "not", "off"];

    /// <summary>"烧水的那个插座", "烧水插座", "水壶": a use followed by a device word names the device, it asks nothing.</summary>
    private static bool DescribesDevice(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        foreach (var word in (string[])["的", "壶", "器", "机", "那个", "这个", "插座", "插头", "开关", "plug", "socket", "switch", "thing", "one", "device"])
            if (after.StartsWith(word, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// "turn off both rockers on the wall switch": with an "off" said, an "on" between a word and "the"/"my" is a place, not
    /// the verb. "on the aircon" (first word) and "turn it on the…" keep their verb.
    /// </summary>
    private static string Prepositions(string text)
    {
        if (!VoiceText.Contains(text, "off"))
            return text;
        var words = text.Split(' ');
        for (var i = 1; i + 1 < words.Length; i++)
            if (words[i] == "on" && words[i + 1] is "the" or "my" or "our" or "your" or "this" or "that" && i > 1
                && (words[i - 1] is not ("turn" or "switch" or "put" or "pop" or "flip" or "it" or "them" or "and" or "then" or "please" or "can" or "kindly" or "just" or "also")
                    // "the right switch on the wall": a switch after a side or "the" is the thing, and "on" where it is.
                    || words[i - 1] == "switch" && words[i - 2] is "right" or "left" or "the" or "wall" or "light" or "middle" or "that" or "this"))
                words[i] = "at";
        return string.Join(' ', words);
    }

    /// <summary>"switch" is a verb in "switch the tv on" and "switch off"; "tv" and "电视" name a mode in "tv mode"/"电视模式".</summary>
    private static bool IsNotANoun(string text, int at, string phrase)
    {
        var after = text.AsSpan(at + phrase.Length).TrimStart();
        var before = text.AsSpan(0, at).TrimEnd();
        if (phrase is "switch" or "switches")
        {
            // "all devices in the living room switch off": after a group of devices it is the verb.
            if ((after.SequenceEqual("off") || after.SequenceEqual("on") || after.StartsWith("off ", StringComparison.Ordinal) || after.StartsWith("on ", StringComparison.Ordinal))
                && VoiceText.ContainsAny(before.ToString(), "devices", "everything", "appliances", "things", "all of it", "all of them"))
                return true;
            // "the left switch on", "turn the wall switch off": after a determiner or a side it is the thing.
            // (Right before it: "the kettle plug, switch it off" leaves a blanked name between "the" and the verb.)
            var adjacent = text.AsSpan(0, at);
            foreach (var word in (string[])["the", "a", "left", "right", "wall", "light", "that", "this", "both", "each", "every", "my", "middle"])
                if (adjacent.EndsWith(" " + word + " ", StringComparison.Ordinal) || adjacent.SequenceEqual(word + " ") || before.SequenceEqual(word) && adjacent.Length == word.Length + 1)
                    return false;
            if (before.Length == 0 || before.EndsWith("can you", StringComparison.Ordinal) || before.EndsWith("please", StringComparison.Ordinal)
                || before.EndsWith("you", StringComparison.Ordinal) || before.EndsWith("and", StringComparison.Ordinal))
                return true;
            foreach (var word in (string[])["on", "off", "the", "it", "to", "everything", "all", "input", "over", "them", "this", "that", "my", "back"])
                if (after.StartsWith(word + " ", StringComparison.Ordinal) || after.SequenceEqual(word))
                    return true;
            return false;
        }

        // "a crack of light", "let some light in", "natural light": light, not a lamp.
        if (phrase is "light" && (before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(" some", StringComparison.Ordinal) || before.EndsWith(" natural", StringComparison.Ordinal)
            || before.EndsWith(" proper", StringComparison.Ordinal) || before.EndsWith(" good", StringComparison.Ordinal) || before.EndsWith(" better", StringComparison.Ordinal) || before.EndsWith(" decent", StringComparison.Ordinal)
            || before.EndsWith(" sun", StringComparison.Ordinal) || before.EndsWith(" day", StringComparison.Ordinal) || before.EndsWith(" enough", StringComparison.Ordinal)))
            return true;
        // Nouns that also name a mode: "tv mode", "电视模式", "夜灯模式".
        if (phrase is "tv" or "电视" or "夜灯" or "小夜灯" or "night light" or "reading lamp")
            return after.StartsWith("mode", StringComparison.Ordinal) || after.StartsWith("模式", StringComparison.Ordinal) || after.StartsWith("的模式", StringComparison.Ordinal)
                || after.StartsWith("那个模式", StringComparison.Ordinal);
        // "风吹到门口", "像个灯笼": the doorway and a lantern, not the door or a lamp.
        if (phrase is "门" && after.StartsWith("口", StringComparison.Ordinal) || phrase is "灯" && after.StartsWith("笼", StringComparison.Ordinal))
            return true;
        // "出门", "进门": going out and coming in, not the door.
        if (phrase is "门" && (before.EndsWith("出", StringComparison.Ordinal) || before.EndsWith("进", StringComparison.Ordinal) || before.EndsWith("出远", StringComparison.Ordinal)
            || before.EndsWith("敲", StringComparison.Ordinal) || before.EndsWith("串", StringComparison.Ordinal)))
            return true;
        return phrase is "lock" && (before.EndsWith("child", StringComparison.Ordinal) || after.StartsWith("the buttons", StringComparison.Ordinal) || after.StartsWith("buttons", StringComparison.Ordinal))
            || phrase is "锁" && (before.EndsWith("童", StringComparison.Ordinal) || before.EndsWith("按键", StringComparison.Ordinal) || after.StartsWith("定", StringComparison.Ordinal));
    }

    private static bool IsFanSetting(string text, int at)
    {
        var after = text.AsSpan(at + 3).TrimStart();
        return after.StartsWith("speed", StringComparison.Ordinal) || after.StartsWith("level", StringComparison.Ordinal)
            || after.StartsWith("mode", StringComparison.Ordinal) || after.StartsWith("only", StringComparison.Ordinal)
            || after.StartsWith("setting", StringComparison.Ordinal);
    }

    /// <summary>Phrasings that say a plain command another way: "set a sleep timer on the tv for 45 minutes", "夜灯模式".</summary>
    private static readonly (string From, string To)[] EnglishWords =
    [
        (" aff ", " off "), (" oan ", " on "), (" aw the ", " all the "), (" aw ma ", " all my "), (" de ", " the "), (" da ", " the "), (" t' ", " the "),
        (" put silent ", " mute "), (" put on silent ", " mute "), (" put it silent ", " mute it "), (" put it on silent ", " mute it "), (" on silent ", " muted "),
        (" close the sound ", " mute "), (" close the volume ", " mute "), (" clima ", " air conditioner "), (" the tele ", " the tv "), (" la tele ", " the tv "),
        // Scots: licht, bricht, doon, oot, a', pit, tae, ower, hoose, nicht, awa, ma, affa.
        (" licht ", " light "), (" lichts ", " lights "), (" licht's ", " light is "), (" bricht ", " bright "), (" doon ", " down "), (" oot ", " out "),
        (" a' the ", " all the "), (" pit ", " put "), (" tae ", " to "), (" ower ", " too "), (" hoose ", " house "), (" nicht ", " night "), (" awa ", " away "),
        (" ma ", " my "), (" affa ", " very "),
        // Appalachian "ever" for every, and "'er" for it; learners' "make silent".
        // Recogniser slips ("sealing light", "turn of the", "paws", "moot", "tee vee"), Norfolk and Cockney "orf", rhyming slang
        // "custard and jelly" (telly), Turkish "klima".
        (" close the tv sound ", " mute the tv "), (" close the telly sound ", " mute the telly "), (" shut the tv sound ", " mute the tv "),
        (" sealing light", " ceiling light"), (" ceiling lite", " ceiling light"), (" turn of the ", " turn off the "), (" switch of the ", " switch off the "), (" paws ", " pause "), (" moot ", " mute "),
        (" tee vee ", " tv "), (" orf ", " off "), (" custard and jelly ", " telly "), (" klima ", " air conditioner "),
        (" ever light ", " every light "), (" ever lamp ", " every lamp "), (" ever single ", " every single "), (" ever one ", " every one "), (" ever thing ", " everything "),
        (" put 'er ", " put it "), (" turn 'er ", " turn it "), (" make silent ", " mute "), (" make it silent ", " mute it "), (" foo ", " how "), (" fit like ", " how is "), (" sound out ", " sound off "), (" music out ", " music off "),
        // A recogniser that merges words: "turnon", "tvbox", "goodmorning", "awaymode".
        (" turnon ", " turn on "), (" turnoff ", " turn off "), (" switchon ", " switch on "), (" switchoff ", " switch off "), (" goodmorning ", " good morning "),
        (" goodnight ", " good night "), (" awaymode ", " away mode "), (" sleepmode ", " sleep mode "), (" homemode ", " home mode "),
    ];

    private static string Rewrite(string n)
    {
        n = " " + n + " ";
        if (n.Contains(" sleep timer ", StringComparison.Ordinal))
            n = n.Replace(" set a sleep timer on ", " turn off ", StringComparison.Ordinal).Replace(" set a sleep timer for ", " turn off in ", StringComparison.Ordinal)
                .Replace(" sleep timer on ", " turn off ", StringComparison.Ordinal).Replace(" sleep timer ", " turn off ", StringComparison.Ordinal).Replace(" for ", " in ", StringComparison.Ordinal);
        // Filipino "paki…" requests, Nigerian "NEPA brought light" (the power is back), and reasons that are not requests.
        n = n.Replace(" pakipatay ", " turn off ", StringComparison.Ordinal).Replace(" pakibukas ", " turn on ", StringComparison.Ordinal)
            .Replace(" nepa just brought light ", " ", StringComparison.Ordinal).Replace(" nepa brought light ", " ", StringComparison.Ordinal).Replace(" nepa ", " ", StringComparison.Ordinal);
        foreach (var reason in (string[])[" i'm trying to sleep ", " im trying to sleep ", " trying to sleep ", " the baby is sleeping ", " baby is sleeping ", " the baby's asleep ", " baby's asleep ", " baby is asleep ", " the baby is asleep ", "宝宝在睡觉", "娃娃在睡觉", "孩子在睡觉", "宝宝睡了", "孩子睡了", "别吵醒宝宝", "宝宝睡着了"])
            n = n.Replace(reason, " ", StringComparison.Ordinal);
        // "crank on the AC", "fire up the tv": switched on, not turned up.
        n = n.Replace(" crank on ", " turn on ", StringComparison.Ordinal).Replace(" fire up ", " turn on ", StringComparison.Ordinal).Replace(" crank up the ac ", " turn on the ac ", StringComparison.Ordinal);
        // "all the screens" are the TV and the box that feeds it.
        n = n.Replace(" all the screens ", " the tv and the tv box ", StringComparison.Ordinal).Replace(" all screens ", " the tv and the tv box ", StringComparison.Ordinal)
            .Replace(" the screens ", " the tv and the tv box ", StringComparison.Ordinal).Replace("所有的屏幕", "电视和电视盒子", StringComparison.Ordinal).Replace("所有屏幕", "电视和电视盒子", StringComparison.Ordinal);
        // "the streaming box under the tv", "电视下面的盒子": where it stands, not a second device.
        n = Location().Replace(n, " ");
        foreach (var place in (string[])["电视下面那个", "电视底下那个", "电视旁边那个", "电视下面的", "电视底下的", "电视下边的", "电视旁边的", "电视机下面的", "电视机旁边的", "电视柜上的", "电视柜里的"])
            n = n.Replace(place, " ", StringComparison.Ordinal);
        // Welsh "now in a minute" is some time soon, not sixty seconds; gaming slang is no request.
        n = n.Replace(" now in a minute ", " in a bit ", StringComparison.Ordinal).Replace(" in a minute now ", " in a bit ", StringComparison.Ordinal)
            .Replace("开黑", " ", StringComparison.Ordinal).Replace("开团", " ", StringComparison.Ordinal).Replace(" do one thing ", " ", StringComparison.Ordinal);
        // "the door's going" (British: someone at the door), "someone's at the door", "the baby next door": no door to act on.
        // "false alarm", "the alarm just went": an alarm clock or a scare, no alarm device.
        n = n.Replace(" false alarm ", " ", StringComparison.Ordinal).Replace(" the alarm just went ", " ", StringComparison.Ordinal).Replace(" my alarm went ", " ", StringComparison.Ordinal)
            .Replace(" the alarm went off ", " ", StringComparison.Ordinal).Replace(" every screen ", " the tv and the tv box ", StringComparison.Ordinal);
        n = n.Replace(" the door's going ", " ", StringComparison.Ordinal).Replace(" door's going ", " ", StringComparison.Ordinal);
        n = SomeoneAtTheDoor().Replace(n, " ");
        // Words of Englishes the rest of the engine reads as the common word: Scots "aff", "aw the"; Caribbean and
        // Hawaiian "de", "da"; Yorkshire "t'"; learners' calques "put silent", "close the sound", Spanish "clima", "tele".
        // "twenty two and half": and a half.
        n = n.Replace(" and half ", " and a half ", StringComparison.Ordinal);
        // Learners' order: "put the house in mode sleep"; Polish "light the light" is switching it on.
        n = n.Replace(" mode sleep ", " sleep mode ", StringComparison.Ordinal).Replace(" mode away ", " away mode ", StringComparison.Ordinal)
            .Replace(" mode home ", " home mode ", StringComparison.Ordinal).Replace(" light the light", " turn on the light", StringComparison.Ordinal)
            .Replace(" light the lamp", " turn on the lamp", StringComparison.Ordinal);
        foreach (var (from, to) in EnglishWords)
            n = n.Replace(from, to, StringComparison.Ordinal);
        // Philadelphia and learners' "the air" is the air conditioner ("open the air na", "turn the air down to nineteen"), not the air itself.
        n = TheAir().Replace(n, " the air conditioner ");
        // "set the air con to twenty for": four, at the end.
        n = TwentyFor().Replace(n, " $1 four ");
        // Indonesian in Chinese: "空调 nyalain 一下 panas 死了", "大灯 matiin 啦".
        n = n.Replace(" nyalain ", "打开", StringComparison.Ordinal).Replace(" matiin ", "关掉", StringComparison.Ordinal).Replace(" panas ", "热", StringComparison.Ordinal);
        // "switch on the the tvbox": a word said twice in a row once.
        n = RepeatedWord().Replace(n, "$1");
        // "freezin'", "roastin'": the dropped g.
        n = DroppedG().Replace(n, "ing ");
        // "turn off the tv the kids left it on": why it is on, not a second verb.
        foreach (var left in (string[])[" left it on ", " left them on ", " left on ", " left it running ", " left running "])
            n = n.Replace(left, " ", StringComparison.Ordinal);
        // "the right hand switch": the right rocker.
        n = n.Replace(" right hand ", " right ", StringComparison.Ordinal).Replace(" left hand ", " left ", StringComparison.Ordinal)
            .Replace(" right handed ", " right ", StringComparison.Ordinal).Replace(" left handed ", " left ", StringComparison.Ordinal);
        return n.Replace("夜灯模式", "夜间模式", StringComparison.Ordinal).Replace(" night light mode ", " night mode ", StringComparison.Ordinal).Trim();
    }

    /// <summary>The first number, with a spoken half or tenth after it ("二十五度半", "二十二度五", "twenty two and a half": "and" and "a" are fillers here), else a share.</summary>
    internal static double? Number(string rest)
    {
        // "两个灯亮度都调成四十": how many devices is no value when a value follows.
        if (CountedDevices().Match(rest) is { Success: true } counted && VoiceNumbers.First(rest[(counted.Index + counted.Length)..]) is not null)
            rest = rest[..counted.Index] + " " + rest[(counted.Index + counted.Length)..];
        if (VoiceNumbers.First(rest) is not { } n)
            return Fraction(rest);
        // ("…ten percent please, the kids are still half asleep": a half elsewhere is no part of the number.)
        if (rest.Contains("度半", StringComparison.Ordinal) || HalfAfterNumber().IsMatch(rest))
            return n + 0.5;
        var tenth = rest.IndexOf('度', StringComparison.Ordinal);
        if (tenth >= 0 && tenth + 1 < rest.Length && "一二三四五六七八九".IndexOf(rest[tenth + 1], StringComparison.Ordinal) is var d and >= 0
            && (tenth + 2 >= rest.Length || !VoiceText.IsCjk(rest[tenth + 2]) || rest[tenth + 2] is '吧' or '啊' or '的'))
            return n + (d + 1) / 10.0;
        return n;
    }

    /// <summary>"half", "一半", "a quarter", "three quarters" as a share of a percent setting ("音量调到一半", "half brightness").</summary>
    internal static double? Fraction(string rest) =>
        VoiceText.ContainsAny(rest, "three quarters", "three quarter", "3 quarters") ? 75
        : VoiceText.ContainsAny(rest, "a quarter", "quarter") ? 25
        : VoiceText.ContainsAny(rest, "half", "halfway", "一半", "半开", "一半儿") ? 50
        : null;

    private static string Blank(string text, int at, int length) => string.Concat(text.AsSpan(0, at), " ", text.AsSpan(at + length));

    internal static string DropFillers(string rest, string lang)
    {
        rest = rest.Replace(" shut down ", " off ", StringComparison.Ordinal).Replace(" power down ", " off ", StringComparison.Ordinal);
        foreach (var word in EnglishFillers)
            rest = rest.Replace(" " + word + " ", "  ", StringComparison.Ordinal).Replace(" " + word + " ", "  ", StringComparison.Ordinal);
        if (lang == "zh")
            foreach (var word in ChineseFillers)
                rest = rest.Replace(word, " ", StringComparison.Ordinal);
        return " " + string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }

    private static readonly string[] Imperatives = ["turn", "switch", "set", "put", "open", "close", "shut", "play", "pause", "mute", "unmute", "dim", "start", "stop", "lower", "raise"];

    private static bool IsQuestion(string raw, string n, string lang)
    {
        var request = false;
        foreach (var start in VoiceVocabulary.RequestStarts)
            if (n.StartsWith(start, StringComparison.Ordinal))
                request = true;
        // "what boils water, turn it on": a command to "it" after a description is no question.
        // Not "…or did i switch it off": what someone did is still asked about.
        foreach (var command in (string[])[" turn it on", " turn it off", " switch it on", " switch it off", " start it", " stop it"])
            if (n.IndexOf(command, StringComparison.Ordinal) is var at and >= 0
                && !ContainsAny(" " + n[..at] + " ", " i ", " we ", " did ", " have ", " they ", " someone ", " somebody "))
                return false;
        foreach (var lead in QuestionLeads)
            if (n.Contains(lead, StringComparison.Ordinal))
                return true;
        if (lang == "zh")
        {
            // Cantonese "…先" ends a request ("电视机开着先": put the TV on first); "咋这么冷呢" is a complaint, not a question.
            // "电视先开着 让他们边吃边看": keep it on, not "is it on".
            if (n.TrimEnd().EndsWith('先') || ContainsAny(n, "先开着", "给我开着", "帮我开着", "保持开着", "保持关着", "要开着", "要关着", "默认关着", "默认开着", "断电前的状态", "就开着", "让它开着", "开着吧", "这么冷", "这么热", "这么闷", "这么暗", "这么黑", "这么吵", "这么亮", "这么晒", "那么冷", "那么热", "这么焗"))
                return false;
            // "X没X", "X不X": 关没关, 开没开, 亮不亮 ask which of the two.
            for (var i = 0; i + 2 < n.Length; i++)
                if (n[i] == n[i + 2] && n[i + 1] is '没' or '不' && VoiceText.IsCjk(n[i]) && n[i] is '开' or '关' or '亮' or '暗' or '锁' or '在' or '响' or '动' or '好' or '热' or '冷' or '潮' or '干' or '吵' or '湿' or '够' or '满' or '完' or '充')
                    return true;
            // "什么都看不清" (I can't see a thing) asks nothing.
            n = n.Replace("什么都", "都", StringComparison.Ordinal).Replace("什么也", "也", StringComparison.Ordinal).Replace("啥都", "都", StringComparison.Ordinal).Replace("啥也", "也", StringComparison.Ordinal);
            if (ContainsAny(n, "开着", "关着", "亮着", "是开", "是关", "是不是", "有没有", "是否", "多少", "是否", "有没有", "什么", "怎么样", "咋样", "啥", "多大", "如何", "哪些", "哪个", "查一下", "查询", "告诉我", "状态", "多久", "多长时间", "干嘛", "干什么", "在做什么", "在忙什么", "几点"))
                return true;
            if (n.Contains("几度", StringComparison.Ordinal) && !ContainsAny(n, "调", "高", "低", "升", "降", "再"))
                return true;
            // "谁开的", "开到几档了": who did it, which level it is at.
            // ("谁出去没关门": who went out, asked; "谁也别再动了" is nobody.)
            if (ContainsAny(n, "谁开", "谁关", "谁动", "谁把", "几档", "几级", "哪一档", "哪档")
                || n.TrimStart().StartsWith('谁') && !n.TrimStart().StartsWith("谁也", StringComparison.Ordinal) && !n.TrimStart().StartsWith("谁都", StringComparison.Ordinal))
                return true;
            if (ContainsAny(n, "能开", "能关", "能帮", "能不能", "可以开", "可以关", "可以帮", "能把", "可以把", "能调成", "能调到", "可以调成", "可以调到", "能再", "可以再", "能给", "可以给")
                && !ContainsAny(n, "开着", "关着", "是不是"))
                return false;
            // "空调开了没有啦", "门关了没啦": the particle after the question word still asks.
            n = n.TrimEnd('啦', '呀', '哦', '嘛', '哈', '啊', ' ');
            var endsAsking = n.EndsWith('吗') || n.EndsWith('呢') || n.EndsWith("没有", StringComparison.Ordinal) || n.EndsWith('没') || n.EndsWith("没得", StringComparison.Ordinal);
            return endsAsking && !request;
        }

        // "the aircon on or not", "curtain now open or close", "is it on yes or no": Singapore and Indian English ask with the choice;
        // "the robot vacuum charge up yet": "…yet" asks.
        if (EnglishChoice().IsMatch(n) || n.EndsWith(" yet", StringComparison.Ordinal))
            return true;
        if (request)
            return false;
        foreach (var start in VoiceVocabulary.QuestionStarts)
            if (n.StartsWith(start + " ", StringComparison.Ordinal) || n == start)
                // "do the good morning scene", "do a quick clean": "do" asks only before who does ("do you…", "does it…").
                // "is hot too much here", "is so cold": a complaint said with "is", not a question.
                return start is "is" ? n[3..].Split(' ')[0] is not ("hot" or "cold" or "too" or "very" or "so" or "freezing" or "boiling" or "dark" or "noisy")
                    : start is not ("do" or "does") || n[(start.Length + 1)..].Split(' ')[0] is "you" or "i" or "we" or "they" or "u" or "it" or "any";
        // "before I go up, is the kettle definitely off": the question after a preamble.
        if (ContainsAny(n, " is the ", " are the ", " is my ", " are my ", " is it still ", " did i leave ", " did we leave ", " have i left ", " did the ", " did my "))
            return true;
        // "um, hello, turn on the bedroom light?": a command said with a rising voice is still a command.
        return (raw.Contains('?', StringComparison.Ordinal) || raw.Contains('？', StringComparison.Ordinal))
            && !Imperatives.Any(verb => n.StartsWith(" " + verb + " ", StringComparison.Ordinal) || n.StartsWith(verb + " ", StringComparison.Ordinal));
    }

    private static bool ContainsAny(string text, params string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal))
                return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:under|underneath|below|beneath|on top of|behind|beside)\s+(?:the\s+|my\s+)?(?:tv|telly|television|tele|tv set|shelf|table|window|sofa|couch|bed)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Location();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:on|off|open|opened|closed|close|shut|running|playing|working|locked|charging|cleaning|still on|hot|cold|warm) or (?:not|no|off|on|closed|close|open|shut|what)(?:\s+(?:na|ka|ya|lah|la|leh|eh))?\s*$|\byes or no\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnglishChoice();

    [System.Text.RegularExpressions.GeneratedRegex(@" (?:someone's|someone is|somebody's|somebody is|there's someone|there is someone|anyone|someone|somebody) (?:at|by) the (?:front )?door | next door ", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SomeoneAtTheDoor();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[a-z]{2})in' ", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DroppedG();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(the|a|an|to|on|off|of|in|and|my|it|is) \1\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RepeatedWord();

    [System.Text.RegularExpressions.GeneratedRegex(@" the air (?!purifier|quality|con\b|conditioner|conditioning|cond\b|condition\b|is\b|feels|'s|in\b|smells|outside|fresh|here|today|tonight|okay|ok\b|good|fine|bad|clean|dirty|alright|all right|like|dry|damp|humid|stale|smell)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TheAir();

    [System.Text.RegularExpressions.GeneratedRegex(@" (twenty|thirty) for\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TwentyFor();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+(?:and\s+)?(?:a\s+)?half\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HalfAfterNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"[两二三四几]个", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CountedDevices();

    [System.Text.RegularExpressions.GeneratedRegex(@" (?:announce|tell everyone|tell everybody|say) (?:that )?\S+.*\b(?:in|after) \S+(?: \S+)? (?:minutes?|mins?|hours?|seconds?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SaidMessage();
}
