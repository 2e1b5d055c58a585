using AiotHub.Automation.Tests.VoiceCorpus;
using AiotHub.Automation.Voice;

namespace AiotHub.Automation.Tests.Voice;

/// <summary>
/// Issue 14 item 2, safety over eagerness: utterances said to the demo home that must change nothing — no command in the
/// registry, no scene run, no mode change, no timer — because they name no device, name a device the home does not
/// have, name several without a room or group word, ask a device for something it cannot do, or are not about the home.
/// </summary>
public sealed class VoiceSafetyTests
{
    public static TheoryData<string> MustDoNothing =>
    [
        // Devices the home does not have: never a fallback to the room's other devices.
        "打开客厅的投影仪", "打开投影仪", "turn on the projector", "turn on the projector in the living room", "start the washing machine",
        "启动洗衣机", "lock the front door", "把门锁上", "turn on the fan", "打开风扇", "开一下卧室的电风扇", "turn on the dishwasher", "打开冰箱",
        // Several devices under one noun, no room, no group word: ask.
        "turn on the light", "开灯", "关灯", "turn off the lights", "调暗一点", "太暗了", "a bit brighter", "volume up", "声音大一点", "mute", "静音",
        "pause", "暂停", "open netflix", "打开爱奇艺",
        // A bare room, or nothing named at all.
        "turn off the kitchen", "turn off the living room", "关掉客厅", "turn it off", "open", "关", "turn", "把它打开",
        // A device that cannot do it; a named device elsewhere than the named room; a value outside the range.
        "dim the tv", "mute the curtain", "把窗帘静音", "open the front door", "turn on the tv in the bedroom", "set the bedroom to 22 degrees",
        "set the ac to 35", "空调调到十度",
        // Content no profile can choose, with no player named.
        "播放周杰伦的歌", "play some jazz",
        // Negated commands (issue 14 corpus: "don't turn off the tv" switched it off).
        "don't turn off the tv", "do not turn on the lights in the bedroom", "never mind the curtains", "别关电视", "不要开客厅的灯", "先别把窗帘拉上", "不用开空调",
        // Broad media verbs never reach a device that plays nothing, and without a group word they still ask.
        "pause the kitchen", "暂停厨房",
        // A correction that names nothing new does not widen the earlier target; one naming a missing device does not fall back.
        "turn on the light no wait", "turn on the tv no wait the projector", "打开电视 不对 投影仪",
        // A device by what it does that the home does not have; a place that is no device.
        "turn on the thing that washes the dishes", "turn on the one by the window", "打开洗碗的那个",
        // Not about the home, half sentences, noise.
        "what's the weather tomorrow", "明天天气怎么样", "tell me a joke", "讲个笑话", "一加一等于几", "who won the game", "um", "嗯", "the", "asdf qwer",
        "I'm leaving", "我出门了", "thank you", "谢谢",
        // "both" and "俩" with nothing named point back at nothing; "甭" (Beijing "don't"); a use said with a negation; a mode the hub does not have.
        "both on", "turn both off", "甭开电视了", "电视甭开了", "不用烧水了", "set the home to vacation mode", "切换到度假模式",
        // A compound request with a part that must ask does none of its parts.
        "turn off the tv and turn on the light", "关电视 开灯",
        // A time of day is no delay a timer can take: refused, never done at once instead.
        "turn off the tv at 9 pm", "turn on the lights at 7 30 tomorrow", "晚上十点关电视", "明天早上七点开灯", "九点半关空调",
        // Later without a time, taken back, a group over an unknown word, a value beyond its range, a question said as a
        // request, a negated causative, an exclusion that names nothing here.
        "turn the aircon off in a bit", "过一会儿把插座关了", "等哈子把音乐关咯", "switch off the kettle now in a minute", "switch off the bedroom light just now",
        "插座打开 哦不 算了", "打开电视 算了 不看了", "turn on the tv scratch that", "turn off all the gizmos", "关掉所有的小玩意",
        "set bedside bulb brightness to 150 percent", "空调开到十五度", "the robot vacuum charge up yet", "窗帘现在是拉开的还是拉上的",
        "先别让扫地机扫 我在打电话", "turn off everything except the projector", "play spotify on the speaker", "把电暖气开开",
        // test10/test11 (opened 2026-12-07, late): loanword and dialect "later"s, radiators, a correction to leaving it be, a value
        // or a change for no device, a question said beside its reason.
        "switch the kettle off ahorita", "put the telly on dreckly", "等一下下把电视关咯", "turn on the radiators", "把暖气片打开", "地暖开一下",
        "switch off the kettle actually no leave it on", "set it to twenty", "调小点", "设成三十", "turn on the thingy",
        "插座关了没有 我忘了", "is the tv on or did someone turn it off", "扫地机还有电吗 够不够扫客厅",
        // test12 (opened): dialect "don't" before the same verb said again as the reason, a waiting 等 that is no lamp, who did it.
        "覅开空调 开了要冷", "嫑开电视 开了吵", "我说的等会儿再关", "插座还开着吗 谁开的", "音箱现在开到几档",
        // test13 (opened): a cut-off request, stopped and nothing asked instead, "in a moment" in Shanghainese, two people's
        // opposite feelings, northwestern 不敢 (don't), a condition (for the app's automations, not for now).
        "turn off all the", "switch off the tv, hang on, one more episode", "关电视 等等 再看一集", "一歇把空调关脱", "他嫌热 我嫌冷",
        "不敢关电视 娃娃还看着呢", "if it gets cold turn on the air conditioner", "要是下雨就把窗帘拉上", "如果有人来 把灯打开",
        // test14 and test15 (opened 2026-12-08): a Fahrenheit set point, Appalachian "directly" (after a while), someone told
        // off, the TV's own talk, "or so" and Indonesian "later", taken back with someone's reason, a group over a thing the
        // home has not, a clock time with its dots.
        "set the air conditioner on seventy five", "switch the kettle off directly", "stop poking the speaker, Tom", "coming up next, how to keep your kitchen cool",
        "put the kettle on in ten minutes or so", "nanti 关空调", "switch the tv on, actually no, the baby's just gone down", "把阳台的窗户都关上",
        "put the ceiling light on at six a.m. for the flight", "等下子把电视关掉", "把电视打开 哦不 吃完饭再说",
        // A fan level with no device said, beside a feeling: asks which fan, never lowers the air conditioner instead.
        "fan on high, I'm roasting", "风速开到最大 闷死了",
    ];

    [Theory]
    [MemberData(nameof(MustDoNothing))]
    public async Task TheUtteranceChangesNothingInTheHome(string utterance)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Empty(run.Effects);
        Assert.Empty(run.Result.CommandIds);
        Assert.Empty(run.Result.RunIds);
        Assert.Null(run.Result.TimerId);
        Assert.False(VoiceIntents.Acts(run.Result.Intent), $"{utterance} → {run.Result.Intent}");
        Assert.NotEqual("", run.Result.Answer);
    }

    [Theory]
    [InlineData("打开客厅的投影仪", "客厅没有投影仪。")]
    [InlineData("turn on the projector", "There is no projector in this home.")]
    [InlineData("start the washing machine", "There is no washing machine in this home.")]
    [InlineData("set the ac to 35", "The air conditioner can be set from 16 to 30 °C.")]
    public async Task ADeviceTheHomeDoesNotHaveOrCannotDoIsSaidPlainly(string utterance, string answer)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal(VoiceIntents.Cannot, run.Result.Intent);
        Assert.Equal(answer, run.Result.Answer);
    }

    [Theory]
    [InlineData("pause everything")]
    [InlineData("全部暂停播放")]
    [InlineData("pause everything in the kitchen")]
    public async Task AGroupWordWithAMediaVerbNeverPausesTheRobotVacuum(string utterance)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.DoesNotContain(run.Effects, e => e.Device == "kitchen-vacuum");
        Assert.All(run.Result.Targets, t => Assert.Contains(t, (string[])["living-speaker", "living-tv", "living-tv-box"]));
    }

    [Theory]
    [InlineData("play the news on the speaker")]
    [InlineData("客厅音箱播放新闻")]
    public async Task ContentNoProfileCanChooseOnANamedPlayerOnlyResumesThatPlayerAndSaysSo(string utterance)
    {
        var run = await CorpusRun.SayAsync(utterance);

        var effect = Assert.Single(run.Effects);
        Assert.Equal(("living-speaker", "play-control.play"), (effect.Device, effect.Action));
        Assert.Contains(run.Result.Language == "zh" ? "没法选择" : "cannot choose", run.Result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("turn on the living room light no wait the bedroom one", "bedroom-bulb")]
    [InlineData("turn on the tv sorry the ceiling light", "living-ceiling-light")]
    [InlineData("打开客厅的灯 不对 卧室的", "bedroom-bulb")]
    [InlineData("switch off the lamp next to my bed", "bedroom-bulb")]
    [InlineData("烧水的那个插座打开", "kitchen-kettle-plug")]
    [InlineData("start the thing that cleans the floor", "kitchen-vacuum")]
    public async Task ACorrectionOrADeviceSaidByItsUseOrPlaceActsOnThatDeviceAlone(string utterance, string device)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal([device], run.Result.Targets);
        Assert.All(run.Effects, e => Assert.Equal(device, e.Device));
        Assert.NotEmpty(run.Effects);
    }

    [Fact]
    public async Task SeveralCandidatesAreAskedAboutByNameAndAClarificationListsAtMostAHandful()
    {
        var lights = await CorpusRun.SayAsync("turn on the light");
        var room = await CorpusRun.SayAsync("turn off the living room");

        Assert.Equal(VoiceIntents.Clarify, lights.Result.Intent);
        Assert.Equal("Which one do you mean: the bedside bulb or the ceiling light?", lights.Result.Answer);
        Assert.Equal(VoiceIntents.Clarify, room.Result.Intent);
        Assert.True(room.Result.Answer.Split(',').Length <= 5, room.Result.Answer);
    }
}
