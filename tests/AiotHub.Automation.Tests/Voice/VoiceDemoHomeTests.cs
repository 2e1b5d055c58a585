using AiotHub.Automation.Tests.VoiceCorpus;
using AiotHub.Automation.Voice;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.Voice;

/// <summary>
/// What people say to the demo home (issue 14 items 1 and 3): the command that reaches the device and the answer, in the
/// utterance's language only, with values and units and how many devices a group action touched.
/// </summary>
public sealed class VoiceDemoHomeTests
{
    [Theory]
    [InlineData("it's too hot in here", "living-ac air-conditioner.target-temperature=23", "OK, lowered the air conditioner to 23 °C.")]
    [InlineData("空调再高两度", "living-ac air-conditioner.target-temperature=26", "好的，已把客厅的空调调高到26度。")]
    [InlineData("客厅的空调调到26度", "living-ac air-conditioner.target-temperature=26", "好的，已把客厅的空调调到26度。")]
    [InlineData("mute the speaker", "living-speaker speaker.mute=True", "OK, muted the speaker.")]
    [InlineData("音箱静音", "living-speaker speaker.mute=True", "好的，已将客厅的音箱静音。")]
    [InlineData("客厅灯调暗一点", "living-ceiling-light light.brightness=16", "好的，已把客厅的吸顶灯调暗到16%。")]
    [InlineData("电视声音大一点", "living-tv speaker.volume=54", "好的，已把客厅的电视的声音调大到54。")]
    [InlineData("关一下床头灯", "bedroom-bulb light.on=False", "好的，已关闭卧室的床头灯。")]
    [InlineData("打开观影模式", "scene movie", "好的，正在执行观影模式。")]
    [InlineData("start movie mode", "scene movie", "OK, starting the Movie scene.")]
    [InlineData("晚安", "scene good-night", "好的，正在执行晚安模式。")]
    [InlineData("switch the house to away mode", "mode away", "OK, the home is now in away mode.")]
    [InlineData("切换到睡眠模式", "mode sleep", "好的，已切换到睡眠模式。")]
    [InlineData("next song", "living-speaker play-control.next({})", "OK, skipped to the next track on the speaker.")]
    [InlineData("电视切换到HDMI 2", "living-tv television.input-source=2", "好的，已把客厅的电视切换到HDMI 2。")]
    [InlineData("open netflix on the tv box", "living-tv-box tv-box.launch-app({\"app\":\"com.netflix.ninja\"})", "OK, opened Netflix on the TV box.")]
    [InlineData("扫地机器人开始扫地", "kitchen-vacuum vacuum.start-sweep({})", "好的，已让厨房的扫地机器人开始清扫。")]
    [InlineData("把净化器调到睡眠模式", "bedroom-purifier air-purifier.mode=1", "好的，已把卧室的空气净化器切换到睡眠模式。")]
    public async Task AnUtteranceSendsItsCommandAndIsAnsweredInItsLanguage(string utterance, string effect, string answer)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal(effect, Assert.Single(run.Effects).ToString());
        Assert.Equal(answer, run.Result.Answer);
    }

    [Theory]
    [InlineData("turn off all the lights", 2, "OK, turned off the bedside bulb and the ceiling light.")]
    [InlineData("关掉所有的灯", 2, "好的，已关闭卧室的床头灯和客厅的吸顶灯。")]
    [InlineData("switch off everything", 9, "OK, turned off 8 devices.")]
    [InlineData("客厅所有设备都关掉", 6, "好的，已关闭5个设备。")]
    public async Task AGroupWordActsOnEveryDeviceThatSwitchesAndTheAnswerSaysHowMany(string utterance, int commands, string answer)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal(commands, run.Effects.Count);
        Assert.All(run.Effects, e => Assert.EndsWith(".on", e.Key, StringComparison.Ordinal));
        Assert.Equal(answer, run.Result.Answer);
    }

    [Theory]
    [InlineData("turn off the tv in 30 minutes", 1800, "living-tv television.on=False", "OK, in 30 minutes I will turn off the TV.")]
    [InlineData("十分钟后关卧室的灯", 600, "bedroom-bulb light.on=False", "好的，10分钟后关闭卧室的床头灯。")]
    [InlineData("半小时后关电视", 1800, "living-tv television.on=False", "好的，半小时后关闭客厅的电视。")]
    public async Task ADelayIsHandedToTheTimersAndTheCommandWaitsForIt(string utterance, int seconds, string effect, string answer)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal(TimeSpan.FromSeconds(seconds), run.Result.Delay);
        Assert.NotNull(run.Result.TimerId);
        Assert.Empty(run.Result.CommandIds);
        Assert.Equal($"[+{seconds}s] {effect}", Assert.Single(run.Effects).ToString());
        Assert.Equal(answer, run.Result.Answer);
    }

    [Fact]
    public async Task WithoutTimersADelayedActionIsRefusedHonestlyAndNothingHappens()
    {
        await using var home = new CorpusHome();
        var engine = new VoiceEngine(home.Registry, home.Catalog, home.Runner);

        var result = engine.Handle(CorpusHome.Home, "turn off the tv in 30 minutes");

        Assert.Equal("Sorry, timers are not available here; nothing was done.", result.Answer);
        Assert.Null(home.Registry.TakeOutbound());
    }

    [Theory]
    [InlineData("is the front door open", "front-door", "The front door is open.")]
    [InlineData("客厅的灯开着吗", "living-ceiling-light", "客厅的吸顶灯开着。")]
    [InlineData("卧室湿度多少", "bedroom-climate", "卧室湿度是54%。")]
    [InlineData("how's the air quality", "bedroom-purifier", "The air quality in the bedroom is poor (PM2.5 81 μg/m³).")]
    [InlineData("扫地机器人还有多少电", "kitchen-vacuum", "厨房的扫地机器人的电量还有68%。")]
    [InlineData("what is on", null, "2 devices are on: the ceiling light and the wall switch.")]
    [InlineData("what mode is the home in", null, "The home is in home mode.")]
    public async Task AQuestionIsAnsweredFromReportedStateAndSendsNothing(string utterance, string? device, string answer)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.Equal(VoiceIntents.QueryState, run.Result.Intent);
        if (device is not null)
            Assert.Contains(device, run.Result.Targets);
        Assert.Empty(run.Effects);
        Assert.Equal(answer, run.Result.Answer);
    }

    [Theory]
    [InlineData("客厅的空调调到26度")]
    [InlineData("空调调低一点")]
    [InlineData("卧室灯调成暖光")]
    [InlineData("电视静音")]
    [InlineData("把音箱音量调到30")]
    [InlineData("客厅所有设备都关掉")]
    [InlineData("电视打开爱奇艺")]
    [InlineData("净化器风速调到最大")]
    [InlineData("扫地机器人吸力调到最大")]
    [InlineData("窗帘开一半")]
    [InlineData("空调左右摆风关掉")]
    [InlineData("盒子打开菜单")]
    [InlineData("客厅的灯开着吗")]
    [InlineData("空气质量怎么样")]
    [InlineData("大门开了多久了")]
    public async Task AChineseAnswerCarriesNoEnglishWordsOrRawTokens(string utterance)
    {
        var run = await CorpusRun.SayAsync(utterance);

        // Units and names that are written in Latin letters in Chinese too: HDMI, PM2.5, K (kelvin), W.
        var letters = run.Result.Answer.Replace("HDMI", "", StringComparison.Ordinal).Replace("PM2.5", "", StringComparison.Ordinal)
            .Replace("K）", "", StringComparison.Ordinal);
        Assert.DoesNotContain(letters, char.IsAsciiLetter);
        Assert.Contains(run.Result.Answer, VoiceText.IsCjk);
    }

    [Theory]
    [InlineData("set the air conditioner to 26")]
    [InlineData("make the bedroom light warmer")]
    [InlineData("turn everything off in the living room")]
    [InlineData("is the front door open")]
    [InlineData("what's the air quality")]
    [InlineData("start movie mode")]
    public async Task AnEnglishAnswerCarriesNoChinese(string utterance)
    {
        var run = await CorpusRun.SayAsync(utterance);

        Assert.DoesNotContain(run.Result.Answer, VoiceText.IsCjk);
        Assert.NotEqual("", run.Result.Answer);
    }
}
