using System.Text.Json;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// The voice assistant's intent engine (issue 5 item 5, issue 14): normalise → find what the utterance names
/// (<see cref="UtteranceReader"/>) → a question, a scene, a home mode or a device request (<see cref="RequestReader"/>)
/// → targets under the safety rules (<see cref="TargetResolver"/>) → commands checked against each profile
/// (<see cref="CommandPlanner"/>) → an answer in the utterance's language (<see cref="VoiceAnswers"/>).
/// </summary>
public sealed partial class VoiceEngine
{
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog _scenes;
    private readonly SceneRunner? _runner;
    private readonly VoiceOptions _options;
    private readonly HomeModes? _modes;
    private readonly IVoiceTimers? _timers;
    private long _understandFailures;

    public VoiceEngine(DeviceRegistry registry, SceneCatalog scenes, SceneRunner? runner = null, VoiceOptions? options = null, HomeModes? modes = null, IVoiceTimers? timers = null)
    {
        _registry = registry;
        _scenes = scenes;
        _runner = runner;
        _options = options ?? new VoiceOptions();
        _modes = modes;
        _timers = timers;
    }

    /// <summary>Understands and carries out the utterance; the answer is in the utterance's language.</summary>
    public VoiceResult Handle(string homeId, string text, string? language = null, string source = "voice", string? startedBy = null)
    {
        VoiceResult understood;
        try
        {
            understood = Understand(homeId, text, language);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A sentence the engine trips over must not cost the caller an error page: nothing was done yet, so the
            // honest answer is "not understood". Counted (UnderstandFailures), so the corpus tests see it.
            Interlocked.Increment(ref _understandFailures);
            return Unknown(language is "zh" or "en" ? language : VoiceText.DetectLanguage(text));
        }

        return Execute(homeId, understood, source, startedBy);
    }

    /// <summary>Utterances whose understanding threw (an engine bug); each was answered "not understood" and did nothing.</summary>
    public long UnderstandFailures => Interlocked.Read(ref _understandFailures);

    /// <summary>What the utterance means in this home, without doing anything (answers of actions are provisional).</summary>
    public VoiceResult Understand(string homeId, string text, string? language = null) => Understand(homeId, text, language, whole: true);

    private VoiceResult Understand(string homeId, string text, string? language, bool whole, Utterance? before = null)
    {
        var home = new HomeView(_registry, homeId);
        var u = CompoundRequest.Carry(UtteranceReader.Read(text, language, home, _options), before);
        var lang = u.Language;
        if (u.Text.Trim().Length == 0)
            return Unknown(lang);

        // "卧室灯咋还亮着呢 给关了", "电视甭开了 关喽": the request in a question or a negation said around it.
        if (whole && ClauseFocus.Find(u, home, _options) is { } focus && !Negation.IsTakenBack(u.Text, lang))
            u = focus;
        // "put the air conditioning on, your mum's been complaining it's stuffy", "客厅那灯给关喽 忒晃眼": the request, not its reason.
        // (A condition is never cut away from what it governs.)
        else if (whole && !(Conditional().IsMatch(u.Text) && !Politely().IsMatch(u.Text)) && ReasonClause.Find(text, u, home, _options, said => SceneMatcher.Find(_scenes.List(homeId), _options, said) is not null) is { } withoutReason)
            u = withoutReason;
        if (u.Question)
            return Question(u, home);

        // "mute all the", "turn off the": cut off before what it is about.
        if (lang == "en" && CutOff().IsMatch(text.ToLowerInvariant().TrimEnd(' ', '.', '!', '?', ',', '…', '-')))
            return Result(VoiceIntents.Unknown, lang, [], VoiceAnswers.Say(lang, "Sorry, I did not catch what you meant. Nothing was done.", "抱歉，我没听清。什么都没有做。"));
        // "if it gets cold turn on the heating", "我妈要是问 就说我睡了": a condition is a rule for the app's automations, not a command now.
        // ("curtains shut, in case the glass goes": a precaution is why it is asked now, no condition.)
        if (Conditional().IsMatch(u.Text) && !Politely().IsMatch(u.Text))
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang,
                "I can only do things now or after a while, not when something happens; an automation in the app can. Nothing was done.",
                "我只能现在做或者过一段时间再做，不能等某件事发生再做；可以在应用里建一个自动化。什么都没有做。"));
        // "Finn, stop shouting at the speaker": someone in the room told off, no request of the device.
        // ("coming up after the break, how to make your living room warmer": the TV or radio heard, not a request.)
        if (lang == "en" && (TellingOff().IsMatch(u.Text) || Overheard().IsMatch(u.Text)))
            return Unknown(lang);
        // "don't turn off the TV", "别关电视": a negated command is never carried out.
        if (Negation.IsNegated(u))
            return Result(VoiceIntents.Unknown, lang, [], VoiceAnswers.Say(lang, "OK, I will leave it as it is.", "好的，我不动它。"));
        // "turn off the tv at 9 pm", "明天早上七点开灯": not now, and not a delay a timer can take; never done at once instead.
        if (u.Delay is null && ClockTime.IsSaid(u.Text))
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang,
                "Sorry, I can only do it now or after a while, like \"in 30 minutes\"; I cannot do it at a time of day. Nothing was done.",
                "抱歉，我只能现在做或者过一段时间再做，比如“30分钟后”，不能定在几点做。什么都没有做。"));

        // "…except the tv", "除了空调以外的都关掉": the rest, and never what was left out.
        // ("set the air con to twenty one, I'm nesh but not that nesh": a "but not" that names nothing is no exclusion.)
        if (Exclusion.Cut(u.Text, lang) is { } cut && UtteranceReader.Read(cut.Excluded, lang, home, _options) is var excluded
            && (excluded.NamesSomething || excluded.Missing is not null || excluded.Rooms.Count > 0 || excluded.Group))
        {
            var left = Exclusion.Devices(excluded, home);
            if (left.Count == 0)
                return Result(VoiceIntents.Clarify, lang, [], VoiceAnswers.Say(lang,
                    "Which device should I leave as it is? Nothing was done.", "要留下哪个设备不动呢？现在什么都没有做。"));
            // Leaving some out says the rest of a set is meant: "turn off the lights except the ceiling one" is both-but-one.
            var kept = UtteranceReader.Read(cut.Kept, lang, home, _options);
            // "客厅空调除外 其他都关掉": the room said with what is left out is where the rest is.
            if (kept.Rooms.Count == 0 && !kept.NamesSomething && excluded.NamesSomething && excluded.Rooms.Count > 0)
                kept = kept with { Rooms = excluded.Rooms };
            u = kept with { Excluded = [.. u.Excluded, .. left], Group = true };
            whole = false;
        }

        // "turn off all the screens" where "screens" names nothing here: a group word over words the engine does not know
        // is not "everything" — ask, never act on the whole home.
        if (u.Group && !u.NamesSomething && u.Rooms.Count == 0 && u.Missing is null && RequestReader.Read(u, _options).Verb is VoiceVerb.On or VoiceVerb.Off && BroadOverUnknown(u))
            return Result(VoiceIntents.Clarify, lang, [], VoiceAnswers.Say(lang,
                "Which devices do you mean? Say \"everything\" if you mean every device in the home.", "你是说哪些设备？如果是家里所有设备，请说“所有设备”。"));

        // "turn the aircon off in a bit", "过一会儿把插座关了": later, but not when; never done now instead.
        if (u.Delay is null && VoiceDurations.IsVague(u.Text))
            return Result(VoiceIntents.Clarify, lang, [], VoiceAnswers.Say(lang,
                "When should I do it? Say for example \"in 10 minutes\". Nothing was done.",
                "要过多久再做呢？可以说“10分钟后”。现在什么都没有做。"));

        if (whole && CompoundRequest.Split(u, home, _options, text => SceneMatcher.Find(_scenes.List(homeId), _options, text) is not null) is { } parts && Compound(homeId, parts, lang) is { } compound)
            return compound;

        var requests = RequestReader.ReadAll(u, _options);
        var request = requests[0];
        // "play the news on the speaker": a named player resumes what it has; no profile here can choose the programme.
        var content = request is { Verb: VoiceVerb.PlayContent, Word: not "app" } && (u.Mentions("speaker") || u.Mentions("tv-box") || u.Mentions("television"));
        if (content)
            request = new VoiceRequest(VoiceVerb.Play);
        // ("fan on full": a fan level of the devices that have a fan, asked which.)
        var missing = u.Missing is { English: "fan" } && (u.Mentions("air-conditioner") || u.Mentions("air-purifier") || u.Mentions("robot-vacuum") || request.Setting == VoiceSetting.FanLevel)
            || request.Setting == VoiceSetting.Feature ? null : u.Missing;
        // "air conditioner off now, window's open", "pause the speaker, the doorbell": a thing the home has not, said beside a
        // device it has, is the reason; the named device is acted on and the answer says what is not here.
        string? missingNote = null;
        // ("把窗户都打开通通风": a group word over a thing the home has not is about that thing, no other device.)
        if (missing is not null && (u.NamesSomething || u.Group && (u.Rooms.Count > 0 || u.TextHasAny(WholeHome) || u.TextHasAny(["所有", "全部", "一切", "统统", "家里", "屋里"]))))
            (missingNote, missing) = (VoiceAnswers.NoDevice(missing.English, missing.Chinese, null, lang), null);
        if (missing is not null)
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.NoDevice(missing.English, missing.Chinese, RoomOf(u, home, lang), lang));

        var explicitMode = HomeModeReader.Read(u) is { } said && u.TextHasAny(HomeModeReader.Explicit) ? said : null;
        // A scene's synonym said with a device noun describes the device ("看电影那个盒子 关了它"), it runs no scene.
        if (u.Named.Count == 0 && SceneMatcher.Find(_scenes.List(homeId), _options, u.Text) is { } found && !(explicitMode is not null && found.Synonym)
            && !(found.Synonym && (u.Nouns.Count > 0 || u.Group || u.Rooms.Count > 0 && request.Verb is VoiceVerb.On or VoiceVerb.Off || request.Word == "music" || request.Verb == VoiceVerb.App) && request.Verb != VoiceVerb.None))
        {
            var name = SceneMatcher.DisplayName(found.Scene, lang);
            var english = name is null || name.EndsWith("mode", StringComparison.OrdinalIgnoreCase) || name.EndsWith("scene", StringComparison.OrdinalIgnoreCase) ? name : $"the {name} scene";
            var answer = name is null ? VoiceAnswers.Say(lang, "OK, starting the scene.", "好的，正在执行场景。") : VoiceAnswers.Say(lang, $"OK, starting {english}.", $"好的，正在执行{name}。");
            return Result(VoiceIntents.RunScene, lang, [found.Scene.Id], answer) with { Delay = u.Delay };
        }

        if (HomeModeReader.Read(u) is { } mode)
            return Result(VoiceIntents.SetHomeMode, lang, [], "") with { Text = mode, Delay = u.Delay };

        if (request.Verb == VoiceVerb.PlayContent)
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang,
                "Sorry, I cannot choose what to play; I can play, pause, skip and change the volume of what is already on.",
                "抱歉，我没法选择播放的内容；我可以继续播放、暂停、切歌和调音量。"));
        // No verb: a reading named without a question word ("living room temperature", "客厅温度") is still a question.
        if (request.Verb == VoiceVerb.None)
            return Question(u, home, readingOnly: true) is { Intent: VoiceIntents.QueryState } asked ? asked : Unknown(lang);

        // The robot goes where it cleans: "vacuum the living room" starts it wherever it is docked.
        var resolution = TargetResolver.Resolve(request.Verb == VoiceVerb.Clean ? u with { Rooms = new HashSet<string>() } : u, request, home, _options);
        // "空调开除湿 厨房蒸汽太大了": the room is the reason, and the device named is elsewhere.
        if (resolution.Plans.Count == 0 && !resolution.IsAmbiguous && RoomAside.IsAside(u, home, _options))
        {
            u = u with { Rooms = new HashSet<string>() };
            resolution = TargetResolver.Resolve(u, request, home, _options);
        }
        if (resolution.IsAmbiguous)
            return Result(VoiceIntents.Clarify, lang, [.. resolution.Candidates.Select(d => d.Id)],
                VoiceAnswers.Clarify(home, resolution.Candidates, lang, _options.MaxListedCandidates)) with { Number = request.Value, Relative = Relative(request) };
        if (resolution.Incapable.Count > 0)
        {
            var first = resolution.Incapable[0];
            return Result(VoiceIntents.Cannot, lang, [], CommandPlanner.OutOfRange(home.Profile(first), request) is { } range
                ? VoiceAnswers.Say(lang, $"{VoiceAnswers.Capitalize(home.Describe(first, "en"))} can be set from {VoicePhrases.Number(range.Min)} to {VoicePhrases.Number(range.Max)} °C.",
                    $"{home.Describe(first, "zh")}只能设置在{VoicePhrases.Number(range.Min)}到{VoicePhrases.Number(range.Max)}度之间。")
                : VoiceAnswers.Cannot(home, resolution.Incapable, lang));
        }
        if (resolution.Plans.Count == 0)
        {
            if (u.Nouns.Count > 0)
            {
                var noun = u.Nouns[0];
                var words = noun.Type is { } type && VoiceVocabulary.Types.TryGetValue(type, out var w) ? w : new TypeWords(noun.Phrase, noun.Phrase, noun.Phrase, "个");
                var english = noun.Phrase.Any(VoiceText.IsCjk) ? words.Singular : noun.Phrase;
                var chinese = noun.Phrase.Any(VoiceText.IsCjk) ? noun.Phrase : words.Chinese;
                return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.NoDevice(english, chinese, RoomOf(u, home, lang), lang));
            }

            if (u.Rooms.Count > 0)
                return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang, "Nothing there can do that.", "那里没有能这样操作的设备。"));
            // "turn it off", "关了吧": ask what "it" is (Chinese leaves "it" unsaid); anything else with nothing named was not understood.
            return u.TextHasAny(["it", "them", "that", "this", "thingy", "thing", "whatsit", "thingamajig", "kine", "它", "这个", "那个", "它们", "东西", "玩意"])
                || request.Verb is VoiceVerb.On or VoiceVerb.Off or VoiceVerb.Open or VoiceVerb.Close && u.Rest.Trim().Split(' ').Length <= 2
                // "调大点", "设成二十", "turn it up": a change for a device not said.
                || request.Verb is VoiceVerb.Up or VoiceVerb.Down or VoiceVerb.Set && u.Rest.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
                ? Result(VoiceIntents.Clarify, lang, [], VoiceAnswers.Clarify(home, [], lang, 0))
                : Unknown(lang);
        }

        var plans = u.Excluded.Count == 0 ? resolution.Plans : [.. resolution.Plans.Where(p => !u.Excluded.Any(d => d.Id == p.Device.Id))];
        if (plans.Count == 0)
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang,
                "That leaves nothing to change; nothing was done.", "除去你说的设备，就没有要操作的了，什么都没有做。"));
        if (!u.Group && (plans.Any(p => IsSensitive(p.Device)) || u.Nouns.Count == 0 && u.Named.Count == 0 && plans.Count > _options.MaxUngroupedTargets))
            return Result(VoiceIntents.Clarify, lang, [.. plans.Select(p => p.Device.Id)], VoiceAnswers.Say(lang,
                $"That would change {plans.Count} devices; say \"all\" if you mean all of them.", $"这会操作{plans.Count}个设备；如果都要，请说“所有”。"));
        if (u.Delay is { } delay && (delay <= TimeSpan.Zero || delay > _options.MaxDelay))
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang,
                $"I can only set timers of up to {VoicePhrases.Duration(_options.MaxDelay, "en")}.", $"定时最长只能{VoicePhrases.Duration(_options.MaxDelay, "zh")}。"));

        // "turn everything up": a change that names no setting, over devices of different kinds, is not guessed.
        if (request is { IsRelative: true, Setting: VoiceSetting.None } && plans.Select(p => p.Plan.Intent).Distinct().Count() > 1)
            return Result(VoiceIntents.Clarify, lang, [.. plans.Select(p => p.Device.Id)], VoiceAnswers.Say(lang,
                "Which setting do you mean? Say for example \"brightness\" or \"volume\". Nothing was done.", "你要调哪一项？可以说“亮度”或者“音量”。现在什么都没有做。"));
        var intent = plans.GroupBy(p => p.Plan.Intent).OrderByDescending(g => g.Count()).First().Key;
        var single = plans.Count == 1 ? plans[0].Plan : null;
        // The other settings said with it ("…in cool mode", "…色温四千"), on the same devices where they can take them.
        var steps = plans.SelectMany(p => p.Plan.Steps).ToList();
        var reply = VoiceAnswers.Done(home, plans, request, _options, lang, u.Delay);
        if (content)
            reply = VoiceAnswers.Say(lang, "I cannot choose what to play, so I resumed what was playing. ", "我没法选择播放的内容，已继续播放原来的内容。") + reply;
        if (missingNote is not null)
            reply += (lang == "zh" ? "" : " ") + missingNote;
        foreach (var more in requests.Skip(1))
        {
            var extra = plans.Select(p => (p.Device, Plan: CommandPlanner.Plan(p.Device, home.Profile(p.Device), more, _options)))
                .Where(x => x.Plan is not null).Select(x => (x.Device, x.Plan!)).ToList();
            // A setting said twice ("调到二十四度 对 二十四") is sent once.
            if (extra.Count == 0 || extra.SelectMany(x => x.Item2.Steps).All(e => e.Property is not null && steps.Any(s => s.DeviceId == e.DeviceId && s.Property == e.Property)))
                continue;
            steps.AddRange(extra.SelectMany(x => x.Item2.Steps));
            reply += (lang == "zh" ? "" : " ") + VoiceAnswers.Done(home, extra, more, _options, lang, null);
        }

        return new VoiceResult(intent, lang, [.. plans.Select(p => p.Device.Id)],
            request.Verb is VoiceVerb.Set or VoiceVerb.Input ? request.Value ?? Common(plans)
                // A relative change keeps the step the user named ("再高两度"), so a timer carries it out as said.
                : request.Verb is VoiceVerb.Up or VoiceVerb.Down ? request.Delta
                : request.Verb is VoiceVerb.Open or VoiceVerb.Close || intent == VoiceIntents.SetPosition ? Common(plans) : null,
            Relative(request),
            request.Word ?? single?.Entry,
            reply, [], [],
            u.Delay,
            steps);
    }

    /// <summary>
    /// The parts of a compound request understood one by one and carried out together: every part that acts at once, in
    /// order, and the answer of a part that cannot act said after them. A part that asks or was not understood asks for
    /// the whole, and nothing is done; parts with timers, scenes or modes are left to the single reading (null).
    /// </summary>
    private VoiceResult? Compound(string homeId, IReadOnlyList<CompoundPart> parts, string lang)
    {
        var home = new HomeView(_registry, homeId);
        var results = new List<VoiceResult>();
        Utterance? before = null;
        foreach (var part in parts)
        {
            results.Add(Understand(homeId, part.Text, lang, whole: false, part.Carries ? before : null));
            var read = UtteranceReader.Read(part.Text, lang, home, _options);
            before = part.Carries ? CompoundRequest.Carry(read, before) : read;
        }

        if (results.FirstOrDefault(r => r.Intent is VoiceIntents.Clarify or VoiceIntents.Unknown) is { } unclear)
            return unclear;
        var scenes = results.Where(r => r.Intent == VoiceIntents.RunScene).ToList();
        if (scenes.Count > 1 || results.Any(r => r.Delay is not null || r.Intent is VoiceIntents.SetHomeMode or VoiceIntents.QueryState))
            return null;
        var acting = results.Where(r => VoiceIntents.Acts(r.Intent) && r.Steps is { Count: > 0 }).ToList();
        var answers = results.Select(r => r.Answer).Distinct(StringComparer.Ordinal).Select((a, i) => i == 0 ? a : VoiceAnswers.Continue(a, lang));
        var answer = string.Join(lang == "zh" ? "" : " ", answers);
        // A scene with device commands beside it: the scene runs, then the commands are sent (Execute).
        if (scenes.Count == 1)
            return scenes[0] with { Answer = answer, Steps = [.. acting.SelectMany(r => r.Steps!)] };
        if (acting.Count == 0)
            return Result(VoiceIntents.Cannot, lang, [], answer);
        // "俺要烧水 把那水壶插座开开": the same command said twice is sent once.
        return new VoiceResult(acting[0].Intent, lang, [.. acting.SelectMany(r => r.Targets).Distinct()], null, null, null, answer, [], [],
            null, [.. acting.SelectMany(r => r.Steps!).DistinctBy(s => (s.DeviceId, s.Property, s.Value?.GetRawText(), s.Action, s.Arguments?.GetRawText()))]);
    }

    /// <summary>
    /// Carries out an understood utterance and writes the answer; with a <see cref="VoiceResult.Delay"/>, hands it to the
    /// timers instead. Its commands are the person's by voice (<paramref name="startedBy"/>) unless
    /// <paramref name="origin"/> says otherwise (a voice timer firing is the hub's doing).
    /// </summary>
    public VoiceResult Execute(string homeId, VoiceResult understood, string source = "voice", string? startedBy = null, CommandOrigin? origin = null)
    {
        var lang = understood.Language;
        var home = new HomeView(_registry, homeId);
        if (!VoiceIntents.Acts(understood.Intent))
        {
            return understood.Intent == VoiceIntents.QueryState
                ? understood with { Answer = StateAnswers.Answer(home, understood, _modes) }
                : understood;
        }

        if (understood.Delay is { } delay)
        {
            if (_timers is null)
                return understood with { Answer = VoiceAnswers.Say(lang, "Sorry, timers are not available here; nothing was done.", "抱歉，这里不支持定时，什么都没有做。") };
            var id = _timers.Schedule(homeId, delay, understood with { Delay = null }, source, startedBy);
            return id is null
                ? understood with { Answer = VoiceAnswers.Say(lang, "Sorry, I could not set that timer; nothing was done.", "抱歉，定时没有设置成功，什么都没有做。") }
                : understood with { TimerId = id };
        }

        switch (understood.Intent)
        {
            case VoiceIntents.RunScene:
            {
                var run = _runner?.Start(homeId, understood.Targets[0], source, startedBy);
                if (run is null)
                    return understood with { Answer = VoiceAnswers.Say(lang, "That scene cannot be run now.", "现在无法执行这个场景。") };
                // "晚安 水壶插座也关一下": the commands said beside the scene go after it.
                return understood.Steps is { Count: > 0 } extra
                    ? Send(home, understood, extra, origin ?? CommandOrigin.Voice(startedBy)) with { Intent = VoiceIntents.RunScene, RunIds = [run.Id] }
                    : understood with { RunIds = [run.Id] };
            }

            case VoiceIntents.SetHomeMode:
            {
                if (_modes is null || understood.Text is not { } mode || _modes.Set(homeId, mode, source) is null)
                    return understood with { Answer = VoiceAnswers.Say(lang, "Home modes are not available here.", "这里无法切换家庭模式。") };
                return understood with { Answer = VoiceAnswers.Say(lang, $"OK, the home is now in {HomeModeReader.Describe(mode, "en")}.", $"好的，已切换到{HomeModeReader.Describe(mode, "zh")}。") };
            }
        }

        var steps = understood.Steps ?? Replan(home, understood);
        return Send(home, understood with { Steps = steps }, steps, origin ?? CommandOrigin.Voice(startedBy));
    }

    /// <summary>The speaker bridge's JSON helper (kept for SpeakerVoiceBridge).</summary>
    internal static JsonElement Json(Action<Utf8JsonWriter> write) => VoiceJson.Object(write);

    private VoiceResult Send(HomeView home, VoiceResult understood, IReadOnlyList<VoiceStep> steps, CommandOrigin origin)
    {
        var commands = new List<string>();
        var failed = new List<Device>();
        var done = 0;
        foreach (var group in steps.GroupBy(s => s.DeviceId, StringComparer.Ordinal))
        {
            if (home.Find(group.Key) is not { } device)
                continue;
            var results = new List<CommandResult>();
            var properties = group.Where(s => s.Property is not null && s.Value is not null).ToList();
            if (properties.Count > 0)
                results.Add(_registry.SetProperties(device.Id, VoiceJson.Object(w =>
                {
                    foreach (var step in properties)
                    {
                        w.WritePropertyName(step.Property!);
                        step.Value!.Value.WriteTo(w);
                    }
                }), origin));
            foreach (var step in group.Where(s => s.Action is not null))
                results.Add(_registry.CallAction(device.Id, step.Action!, step.Arguments ?? default, origin));
            foreach (var result in results.Where(r => r.IsAccepted))
                commands.Add(result.Command!.Id);
            // Accepted without a message means the registry finished it as offline at once.
            if (results.Any(r => r is not { IsAccepted: true, Outbound: not null }))
                failed.Add(device);
            else
                done++;
        }

        var answer = failed.Count == 0 ? understood.Answer : VoiceAnswers.Unreachable(home, failed, done, understood.Language);
        return understood with { Answer = answer, CommandIds = commands };
    }

    /// <summary>Steps for a result built without them (an older caller): the intent and value read back into a request.</summary>
    private List<VoiceStep> Replan(HomeView home, VoiceResult r)
    {
        var verb = r.Relative switch { "up" => VoiceVerb.Up, "down" => VoiceVerb.Down, _ => VoiceVerb.Set };
        VoiceRequest request = Requested(r, verb);
        // A relative change's number is the step the user named ("再高两度"): kept as the step, not set as the value.
        if (verb != VoiceVerb.Set && request.Setting != VoiceSetting.None)
            request = request with { Value = null, Delta = r.Number };
        var steps = new List<VoiceStep>();
        foreach (var id in r.Targets)
            if (home.Find(id) is { } device && CommandPlanner.Plan(device, home.Profile(device), request, _options) is { } plan)
                steps.AddRange(plan.Steps);
        return steps;
    }

    private static VoiceRequest Requested(VoiceResult r, VoiceVerb verb) =>
        r.Intent switch
        {
            VoiceIntents.TurnOn => new(VoiceVerb.On),
            VoiceIntents.TurnOff => new(VoiceVerb.Off),
            VoiceIntents.SetBrightness => new(verb, VoiceSetting.Brightness, r.Number),
            VoiceIntents.SetColorTemperature => new(verb, VoiceSetting.ColorTemperature, r.Number),
            VoiceIntents.SetColor => new(verb, VoiceSetting.Color, r.Number),
            VoiceIntents.SetTemperature => new(verb, VoiceSetting.Temperature, r.Number),
            VoiceIntents.SetVolume or VoiceIntents.TvVolume => new(verb, VoiceSetting.Volume, r.Number),
            VoiceIntents.SetPosition => new(verb, VoiceSetting.Position, r.Number),
            VoiceIntents.SetDeviceMode => new(verb, VoiceSetting.Mode, r.Number, Word: r.Text),
            VoiceIntents.SetFanLevel => new(verb, VoiceSetting.FanLevel, r.Number, Word: r.Text),
            VoiceIntents.Mute => new(VoiceVerb.Mute),
            VoiceIntents.Unmute => new(VoiceVerb.Unmute),
            VoiceIntents.TvPlay or VoiceIntents.MediaPlay => new(VoiceVerb.Play),
            VoiceIntents.TvPause or VoiceIntents.MediaPause or VoiceIntents.VacuumPause => new(VoiceVerb.Pause),
            VoiceIntents.MediaStop or VoiceIntents.VacuumStop => new(VoiceVerb.Stop),
            VoiceIntents.MediaNext => new(VoiceVerb.Next),
            VoiceIntents.MediaPrevious => new(VoiceVerb.Previous),
            VoiceIntents.TvInput => new(VoiceVerb.Input, Value: r.Number),
            VoiceIntents.TvApp => new(VoiceVerb.App, Word: r.Text),
            VoiceIntents.VacuumStart => new(VoiceVerb.Clean),
            VoiceIntents.VacuumDock => new(VoiceVerb.Dock),
            VoiceIntents.ResetFilter => new(VoiceVerb.ResetFilter),
            VoiceIntents.ResetEnergy => new(VoiceVerb.ResetEnergy),
            VoiceIntents.SetPowerOnState => new(VoiceVerb.PowerOnState, Value: r.Number),
            _ => VoiceRequest.None,
        };

    private static VoiceResult Question(Utterance u, HomeView home, bool readingOnly = false)
    {
        var lang = u.Language;
        if (u.Missing is { } missing && u.Named.Count == 0)
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.NoDevice(missing.English, missing.Chinese, RoomOf(u, home, lang), lang));
        var (key, devices, _) = StateQuestion.Read(u, home);
        if (key is null || readingOnly && key is "*.on" or StateQuestion.WhatIsOn)
            return Unknown(lang);
        if (key == StateQuestion.HomeMode)
            return Result(VoiceIntents.QueryState, lang, [], "") with { Text = key };
        if (devices.Count == 0)
            return Result(VoiceIntents.Cannot, lang, [], VoiceAnswers.Say(lang, "I have no device that can tell that.", "没有能回答这个问题的设备。"));
        var concrete = devices.Select(d => StateQuestion.KeyOf(d, home, key)).Distinct().ToList();
        return Result(VoiceIntents.QueryState, lang, [.. devices.Select(d => d.Id)], "") with { Text = concrete.Count == 1 && concrete[0] is { } k && key != StateQuestion.WhatIsOn ? k : key };
    }

    private static double? Common(IReadOnlyList<(Device Device, DevicePlan Plan)> plans) =>
        plans.Select(p => p.Plan.Value).Distinct().ToList() is [{ } value] ? value : null;

    private static string? Relative(VoiceRequest r) => r.Verb switch { VoiceVerb.Up => "up", VoiceVerb.Down => "down", _ => null };

    private static string? RoomOf(Utterance u, HomeView home, string lang) => u.Rooms.Count == 1 ? home.RoomName(u.Rooms.First(), lang) : null;

    // Doors, locks and security devices move only with an explicit group word (issue 14 item 2).
    private static bool IsSensitive(Device device) =>
        device.Type is { } type && (type.Contains("lock", StringComparison.Ordinal) || type.Contains("door", StringComparison.Ordinal)
            || type.Contains("security", StringComparison.Ordinal) || type.Contains("alarm", StringComparison.Ordinal) || type.Contains("garage", StringComparison.Ordinal));

    private static VoiceResult Result(string intent, string lang, IReadOnlyList<string> targets, string answer) =>
        new(intent, lang, targets, null, null, null, answer, [], []);

    private static readonly string[] WholeHome =
        ["everything", "everywhere", "every device", "all devices", "all the devices", "all my devices", "all appliances", "all the appliances", "all electronics", "all the electronics",
            "whole house", "whole home", "entire house", "whole flat", "the lot", "all of it", "all of them", "it all", "them all", "all off", "all on", "all things", "all the things", "all stuff", "all the stuff"];

    // Words that may stand beside a Chinese group word and a power verb without naming anything ("全部关掉", "家里的电器都关了").
    private const string ChinesePowerWords = "关开闭掉了上下吧都给把请的东西设备电器家里屋企全部所有一切统统通通啊呀嘛吗哦起来一下其他余别剩晒我你先就快现在马赶";

    private static bool BroadOverUnknown(Utterance u)
    {
        // Chinese: an unknown word in the clause that says what to do ("关掉所有屏幕"); a reason in another clause is not ("全部关掉 我们出去玩了").
        if (u.Language == "zh")
            return u.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(clause => (clause.Contains('关', StringComparison.Ordinal) || clause.Contains('开', StringComparison.Ordinal))
                && clause.Any(c => VoiceText.IsCjk(c) && !ChinesePowerWords.Contains(c, StringComparison.Ordinal)));
        return !u.TextHasAny(WholeHome);
    }

    private static VoiceResult Unknown(string lang) => Result(VoiceIntents.Unknown, lang, [], VoiceAnswers.NotUnderstood(lang));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:the|a|an|my|our|your|all the|all of the|to|on the|of the)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CutOff();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:if|whenever)\b|(?<!even )\b(?:if|whenever)\s+(?:it|the|i|we|he|she|they|someone|anyone|nobody)\b|如果|要是|假如|万一|的话", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Conditional();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bif (?:you (?:can|could|would|don't mind|please|get a (?:chance|sec|second|minute))|possible|that's (?:ok|okay|alright|all right)|it's (?:ok|okay|no trouble))\b|可以的话|方便的话|能的话", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Politely();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bstop\s+(?:(?!playing\b|cleaning\b|sweeping\b|vacuuming\b|hoovering\b|mopping\b|running\b|blowing\b|moving\b)[a-z]+ing\s+(?:at|to|near|around|about|with)\b|touching|poking|hitting|kicking|banging|fiddling with|messing with|playing with|climbing on)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TellingOff();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:coming up after the break|after the break|stay tuned|coming up next|back after these|and now the weather|this just in)\b|^\s*how to\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Overheard();
}
