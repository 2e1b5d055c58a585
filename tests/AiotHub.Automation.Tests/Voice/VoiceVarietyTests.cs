using AiotHub.Automation.Tests.VoiceCorpus;

namespace AiotHub.Automation.Tests.Voice;

/// <summary>
/// What people say beyond the corpora, said to the demo home: other varieties of Chinese (Taiwan and Hong Kong words and
/// characters, Cantonese, Shanghainese, Beijing), English from Britain, Singapore and India, speech-to-text fillers,
/// numbers as spoken, softening tags, and compound requests. Each must do exactly what is listed, and nothing else.
/// </summary>
public sealed class VoiceVarietyTests
{
    [Theory]
    // Chinese words and characters of other places.
    [InlineData("冷气开开", "living-ac air-conditioner.on=True")]
    [InlineData("把冷气关喽", "living-ac air-conditioner.on=False")]
    [InlineData("熄咗客厅的灯", "living-ceiling-light light.on=False")]
    [InlineData("床頭燈打開", "bedroom-bulb light.on=True")]
    [InlineData("空调开到廿五度", "living-ac air-conditioner.target-temperature=25")]
    [InlineData("冷煞了", "living-ac air-conditioner.target-temperature=25")]
    [InlineData("屋里好闷", "living-ac air-conditioner.target-temperature=23")]
    [InlineData("半个钟后关空调", "[+1800s] living-ac air-conditioner.on=False")]
    [InlineData("一刻钟后关电视盒子", "[+900s] living-tv-box tv-box.on=False")]
    // Fillers, tags and particles.
    [InlineData("嗯 那个 把电视关一下", "living-tv television.on=False")]
    [InlineData("um uh turn off the uh tv", "living-tv television.on=False")]
    [InlineData("把空调温度调低一点好吗", "living-ac air-conditioner.target-temperature=23")]
    [InlineData("switch off the telly would you love", "living-tv television.on=False")]
    [InlineData("off the aircon can", "living-ac air-conditioner.on=False")]
    [InlineData("kindly switch off the tv", "living-tv television.on=False")]
    // English of other places.
    [InlineData("close the tv", "living-tv television.on=False")]
    [InlineData("put the AC on 24", "living-ac air-conditioner.target-temperature=24")]
    [InlineData("it's a bit nippy", "living-ac air-conditioner.target-temperature=25")]
    [InlineData("i want to watch tv", "living-tv television.on=True")]
    [InlineData("we're home", "scene welcome-home")]
    // Numbers and shares as spoken.
    [InlineData("床头灯亮度调一半", "bedroom-bulb light.brightness=50")]
    [InlineData("床头灯调到四分之一", "bedroom-bulb light.brightness=25")]
    [InlineData("speaker volume to a quarter", "living-speaker speaker.volume=25")]
    [InlineData("in a quarter of an hour turn off the tv", "[+900s] living-tv television.on=False")]
    [InlineData("净化器开到最大", "bedroom-purifier air-purifier.fan-level=3")]
    [InlineData("空调调成制冷模式二十六度", "living-ac air-conditioner.mode=1; living-ac air-conditioner.target-temperature=26")]
    // Compound requests: each part on what that part named.
    [InlineData("turn off the tv and turn on the ceiling light", "living-tv television.on=False; living-ceiling-light light.on=True")]
    [InlineData("turn off the tv then close the curtains", "living-tv television.on=False; living-curtain curtain.target-position=0")]
    [InlineData("关电视 开空调", "living-tv television.on=False; living-ac air-conditioner.on=True")]
    [InlineData("关掉电视然后打开空调", "living-tv television.on=False; living-ac air-conditioner.on=True")]
    [InlineData("关电视和空调", "living-ac air-conditioner.on=False; living-tv television.on=False")]
    [InlineData("空调二十二度五", "living-ac air-conditioner.target-temperature=22.5")]
    [InlineData("set the ac to twenty two and a half degrees", "living-ac air-conditioner.target-temperature=22.5")]
    [InlineData("空调温度太高了", "living-ac air-conditioner.target-temperature=23")]
    // A power verb said outright wins over the feeling given as its reason.
    [InlineData("空调关了吧 太冷了", "living-ac air-conditioner.on=False")]
    [InlineData("turn off the ac it's too cold", "living-ac air-conditioner.on=False")]
    [InlineData("取消电视静音", "living-tv speaker.mute=False")]
    [InlineData("grandma is cold", "living-ac air-conditioner.target-temperature=25")]
    [InlineData("宝宝说冷", "living-ac air-conditioner.target-temperature=25")]
    [InlineData("tv box volume at 60 please", "living-tv-box speaker.volume=60")]
    [InlineData("let some light in", "living-curtain curtain.target-position=100")]
    // A timer keeps the step the user named.
    [InlineData("十分钟后空调调高两度", "[+600s] living-ac air-conditioner.target-temperature=26")]
    [InlineData("in 10 minutes turn the ac up by 3 degrees", "[+600s] living-ac air-conditioner.target-temperature=27")]
    // Sound on and off, stopping by "别…了".
    [InlineData("电视声音打开 别静音了", "living-tv speaker.mute=False")]
    [InlineData("把电视声音关了", "living-tv speaker.mute=True")]
    [InlineData("扫地机器人别扫了", "kitchen-vacuum vacuum.stop-sweeping({})")]
    // Issue 14, the evening's blind sets: exclusions, clause focus, corrections of a value, carried objects, scenes
    // beside commands, a speaker saying a message, a stop that stops, the reason beside what was asked.
    [InlineData("turn off everything in the living room except the tv", "living-ac air-conditioner.on=False; living-ceiling-light light.on=False; living-tv-box tv-box.on=False; living-wall-switch left-switch.on=False; living-wall-switch right-switch.on=False")]
    [InlineData("请把客厅除了空调以外的都关掉", "living-ceiling-light light.on=False; living-tv television.on=False; living-tv-box tv-box.on=False; living-wall-switch left-switch.on=False; living-wall-switch right-switch.on=False")]
    [InlineData("卧室灯咋还亮着呢 给关了", "bedroom-bulb light.on=False")]
    [InlineData("电视甭开了 关喽", "living-tv television.on=False")]
    [InlineData("窗帘停一下 别拉了", "living-curtain curtain.stop({})")]
    [InlineData("set the ac to 20 no make it 22", "living-ac air-conditioner.target-temperature=22")]
    [InlineData("空调调到二十八度 不对 二十六", "living-ac air-conditioner.target-temperature=26")]
    [InlineData("switch the tv to hdmi 2 and set volume to 20", "living-tv television.input-source=2; living-tv speaker.volume=20")]
    [InlineData("good night and switch off the kettle plug too", "kitchen-kettle-plug switch.on=False; scene good-night")]
    [InlineData("make the speaker say dinner is ready", "living-speaker intelligent-speaker.play-text({\"text\":\"dinner is ready\"})")]
    [InlineData("vacuum stop immediately, it is eating the charger wire", "kitchen-vacuum vacuum.stop-sweeping({})")]
    [InlineData("air conditioner off now, window's open", "living-ac air-conditioner.on=False")]
    [InlineData("请断开厨房水壶插座的电源", "kitchen-kettle-plug switch.on=False")]
    [InlineData("turn off all the screens", "living-tv-box tv-box.on=False; living-tv television.on=False")]
    // test10/test11, opened: a phrasal "turn … off" beside a bare "on"; "dim … more"; a restarted number; a room in the
    // reason; switched on with a set point; the fan of a purifier; a level said outright over the noise; music started;
    // the say-text without where; a mixed-language delay; dialect words.
    [InlineData("turn the tv off there's nothing on", "living-tv television.on=False")]
    [InlineData("switch everything off and we'll start over", "bedroom-bulb light.on=False; bedroom-purifier air-purifier.on=False; kitchen-kettle-plug switch.on=False; living-ac air-conditioner.on=False; living-ceiling-light light.on=False; living-tv television.on=False; living-tv-box tv-box.on=False; living-wall-switch left-switch.on=False; living-wall-switch right-switch.on=False")]
    [InlineData("dim the ceiling light a little more", "living-ceiling-light light.brightness=16")]
    [InlineData("bedside bulb brightness forty no forty five", "bedroom-bulb light.brightness=45")]
    [InlineData("ac to twenty one um twenty three", "living-ac air-conditioner.target-temperature=23")]
    [InlineData("air conditioner to cool mode the kitchen is like an oven", "living-ac air-conditioner.mode=1")]
    [InlineData("空调开制冷 厨房热得要命", "living-ac air-conditioner.mode=1")]
    [InlineData("switch on the air conditioner at 23", "living-ac air-conditioner.on=True; living-ac air-conditioner.target-temperature=23")]
    [InlineData("打开空调调到二十三度", "living-ac air-conditioner.on=True; living-ac air-conditioner.target-temperature=23")]
    [InlineData("purifier fan a bit faster", "bedroom-purifier air-purifier.fan-level=2")]
    [InlineData("净化器风速大一档", "bedroom-purifier air-purifier.fan-level=2")]
    [InlineData("扫地机吸力调成强力 太吵也没事", "kitchen-vacuum vacuum.fan-level=2")]
    [InlineData("start some music on the speaker", "living-speaker play-control.play({})")]
    [InlineData("announce on the speaker that the taxi is here", "living-speaker intelligent-speaker.play-text({\"text\":\"the taxi is here\"})")]
    [InlineData("二十 minutes 之后 TV off 掉", "[+1200s] living-tv television.on=False")]
    [InlineData("aw the lights aff", "bedroom-bulb light.on=False; living-ceiling-light light.on=False")]
    [InlineData("灯拢关掉", "bedroom-bulb light.on=False; living-ceiling-light light.on=False")]
    [InlineData("电视个声关掉", "living-tv speaker.mute=True")]
    // test12, opened: a verb said right after the device beside a bare "up" or "down" in the reason; a group switched off
    // with its reason; the device a negated clause named is kept out of "the rest"; recogniser homophones; warmest white;
    // a value over "I can't hear"; the plan said after a pause is no second request.
    [InlineData("switch the ceiling light off, we're heading up to bed", "living-ceiling-light light.on=False")]
    [InlineData("everything in the kitchen off, I'm last down", "kitchen-kettle-plug switch.on=False")]
    [InlineData("电视不要关 其他东西全部关掉", "bedroom-bulb light.on=False; bedroom-purifier air-purifier.on=False; kitchen-kettle-plug switch.on=False; living-ac air-conditioner.on=False; living-ceiling-light light.on=False; living-tv-box tv-box.on=False; living-wall-switch left-switch.on=False; living-wall-switch right-switch.on=False")]
    [InlineData("把客听的吸顶等关掉", "living-ceiling-light light.on=False")]
    [InlineData("空条调到二十五度", "living-ac air-conditioner.target-temperature=25")]
    [InlineData("ceiling light to the warmest white", "living-ceiling-light light.color-temperature=2700")]
    [InlineData("speaker volume to twenty, I can't hear myself think", "living-speaker speaker.volume=20")]
    [InlineData("电视暂停 我去拿外卖", "living-tv television.pause({})")]
    [InlineData("空调低两度", "living-ac air-conditioner.target-temperature=22")]
    [InlineData("the bedroom is too dark", "bedroom-bulb light.on=True; bedroom-bulb light.brightness=55")]
    // test13, opened: "telly box" is one device; merged and doubled words of a recogniser; Scots; the weather's number; a
    // group switched off beside a feeling; a polite "if you can"; "even if" is no condition.
    [InlineData("switch the telly box off", "living-tv-box tv-box.on=False")]
    [InlineData("turnon the the tvbox", "living-tv-box tv-box.on=True")]
    [InlineData("pit the big licht oan", "living-ceiling-light light.on=True")]
    [InlineData("switch the air conditioner on, it's thirty degrees outside", "living-ac air-conditioner.on=True")]
    [InlineData("everything in the kitchen off, it's too hot for it", "kitchen-kettle-plug switch.on=False")]
    [InlineData("turn the tv off if you can", "living-tv television.on=False")]
    [InlineData("屋里厢灯侪关脱", "bedroom-bulb light.on=False; living-ceiling-light light.on=False")]
    [InlineData("turn the music down a bit", "living-speaker speaker.volume=35")]
    // test14 and test15, opened (2026-12-08): the request said beside its reason, read alone; a rising voice on a command;
    // "in case" is a precaution; a mode said after "on"; the thing said first, then what to do to it; what a speaker is to say
    // keeps its words; a filter reset and a plug's state after a power cut; "leave X as it is and …".
    [InlineData("air conditioner on please, the kids have been moaning it's boiling", "living-ac air-conditioner.on=True")]
    [InlineData("ceiling light on reading, I'm going to do the crossword", "living-ceiling-light light.mode=2")]
    [InlineData("switch the purifier to auto mode, your dad's in the bedroom tonight", "bedroom-purifier air-purifier.mode=0")]
    [InlineData("tv to hdmi two, we're watching the wedding video in case the wifi drops", "living-tv television.input-source=2")]
    [InlineData("curtains closed all the way, storm's coming", "living-curtain curtain.target-position=0")]
    [InlineData("the speaker, turn it up, they're playing our song", "living-speaker speaker.volume=55")]
    [InlineData("turn on the purifier. Is it working?", "bedroom-purifier air-purifier.on=True")]
    [InlineData("uh, hi, switch on the bedroom light?", "bedroom-bulb light.on=True")]
    [InlineData("make the speaker say Dinner's ready, wash your hands!", "living-speaker intelligent-speaker.play-text({\"text\":\"Dinner\\u0027s ready, wash your hands\"})")]
    [InlineData("speaker, announce that the bus comes in ten minutes", "living-speaker intelligent-speaker.play-text({\"text\":\"the bus comes in ten minutes\"})")]
    [InlineData("空调开一下 大家刚跑完步", "living-ac air-conditioner.on=True")]
    [InlineData("卧室的灯关喽 天都亮了", "bedroom-bulb light.on=False")]
    [InlineData("音箱来点轻音乐 一个人怪闷的", "living-speaker play-control.play({})")]
    [InlineData("I've fitted a new filter in the purifier, reset it", "bedroom-purifier filter.reset-filter-life({})")]
    [InlineData("停电以后水壶插座要保持关着", "kitchen-kettle-plug switch.default-power-on-state=0")]
    [InlineData("leave the ceiling light as it is and switch the tv off", "living-tv television.on=False")]
    [InlineData("everything in the bedroom off, I want total silence", "bedroom-bulb light.on=False; bedroom-purifier air-purifier.on=False")]
    [InlineData("bedside light at thirty percent, she's half awake", "bedroom-bulb light.brightness=30")]
    [InlineData("两个灯亮度都调成六十", "bedroom-bulb light.brightness=60; living-ceiling-light light.brightness=60")]
    [InlineData("zero the kettle plug's energy meter, new month", "kitchen-kettle-plug power-consumption.reset-power-consumption({})")]
    [InlineData("the curtain goes the wrong way, reverse it", "living-curtain curtain.motor-reverse=True")]
    [InlineData("墙上开关两边都关掉", "living-wall-switch left-switch.on=False; living-wall-switch right-switch.on=False")]
    [InlineData("after a blackout the kettle plug should go back to how it was", "kitchen-kettle-plug switch.default-power-on-state=2")]
    public async Task TheUtteranceDoesExactlyThis(string utterance, string effects)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal(effects, string.Join("; ", run.Effects));
    }

    [Theory]
    [InlineData("电视开咗未", "living-tv")]
    [InlineData("空调开着伐", "living-ac")]
    [InlineData("不晓得门关了没得", "front-door")]
    [InlineData("did anyone close the door", "front-door")]
    [InlineData("what's the temp in the bedroom", "bedroom-climate")]
    [InlineData("the aircon on or not", "living-ac")]
    [InlineData("门关没关啊", "front-door")]
    [InlineData("she's asking if the robot is cleaning right now", "kitchen-vacuum")]
    [InlineData("请报告窗帘当前开合位置", "living-curtain")]
    [InlineData("睡觉前问一下 烧水壶插座关了吧", "kitchen-kettle-plug")]
    [InlineData("how cold is it in the house right now", "living-ac")]
    [InlineData("插座关了没有 我忘了", "kitchen-kettle-plug")]
    [InlineData("大门关好了吗 狗刚出去", "front-door")]
    [InlineData("空调阿开着", "living-ac")]
    [InlineData("is the tv on or did someone turn it off", "living-tv")]
    [InlineData("does the robot vacuum have any fault", "kitchen-vacuum")]
    [InlineData("净化器有没有故障", "bedroom-purifier")]
    [InlineData("how much daylight is there in the living room", "living-motion")]
    [InlineData("the tv box on, or what?", "living-tv-box")]
    [InlineData("电视到底开了没有啊", "living-tv")]
    [InlineData("门开了多久了 谁出去没关门", "front-door")]
    [InlineData("whether the kettle plug is on", "kitchen-kettle-plug")]
    public async Task AQuestionSaidAnotherWayIsAnsweredAndChangesNothing(string utterance, string device)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Empty(run.Effects);
        Assert.Contains(device, run.Result.Targets);
    }
}
