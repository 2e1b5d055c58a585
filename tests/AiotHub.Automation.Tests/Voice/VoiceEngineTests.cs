using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Core.Devices;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Automation.Tests.Voice;

/// <summary>Resolution, clarification and execution on the fixture home of the labelled set.</summary>
public sealed class VoiceEngineTests
{
    private const string Home = VoiceFixture.Home;
    private readonly ManualClock _clock = new();

    private static string Sent(DeviceRegistry registry)
    {
        var message = registry.TakeOutbound();
        Assert.NotNull(message);
        return message.DeviceId + " " + Encoding(message);
    }

    private static string Encoding(DeviceCommandRequest message) => message switch
    {
        SetPropertiesRequest set => JsonSerializer.Serialize(set.Values),
        CallActionRequest call => call.Action + " " + call.Arguments.GetRawText(),
        _ => message.ToString(),
    };

    [Fact]
    public void ARoomWithNoDeviceNameMeansEveryLightThere()
    {
        var fixture = VoiceFixture.Load(_clock);

        var result = fixture.Engine().Understand(Home, "turn on the living room lights");

        Assert.Equal(VoiceIntents.TurnOn, result.Intent);
        Assert.Equal(["living-ceiling", "living-lamp"], result.Targets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAliasSharedByTwoDevicesIsNarrowedByTheRoom()
    {
        var fixture = VoiceFixture.Load(_clock);

        var result = fixture.Engine().Understand(Home, "打开卧室的空调");

        Assert.Equal(VoiceIntents.TurnOn, result.Intent);
        Assert.Equal(["bedroom-ac"], result.Targets);
    }

    [Fact]
    public void SeveralLightsAndNoRoomGiveAClarifyingAnswerListingThemAndSendNothing()
    {
        var fixture = VoiceFixture.Load(_clock);

        var result = fixture.Engine().Handle(Home, "turn on the light");

        Assert.Equal(VoiceIntents.Clarify, result.Intent);
        Assert.Equal(5, result.Targets.Count);
        Assert.StartsWith("Which one do you mean:", result.Answer, StringComparison.Ordinal);
        Assert.Contains("the floor lamp", result.Answer, StringComparison.Ordinal);
        Assert.Contains("the desk lamp", result.Answer, StringComparison.Ordinal);
        Assert.Null(fixture.Registry.TakeOutbound());
    }

    [Fact]
    public void AChineseClarificationIsAskedInChinese()
    {
        var fixture = VoiceFixture.Load(_clock);

        var result = fixture.Engine().Handle(Home, "空调调到24度");

        Assert.Equal(VoiceIntents.Clarify, result.Intent);
        Assert.Equal(24, result.Number);
        Assert.StartsWith("你是说哪一个：", result.Answer, StringComparison.Ordinal);
        Assert.Contains("客厅", result.Answer, StringComparison.Ordinal);
        Assert.Contains("卧室", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandGoesToEveryTargetThroughTheRegistry()
    {
        var fixture = VoiceFixture.Load(_clock);

        var result = fixture.Engine().Handle(Home, "客厅的灯亮度调到百分之三十");

        Assert.Equal(2, result.CommandIds.Count);
        Assert.Equal(
            ["living-ceiling {\"light.brightness\":30}", "living-lamp {\"light.brightness\":30}"],
            new[] { Sent(fixture.Registry), Sent(fixture.Registry) }.Order(StringComparer.Ordinal));
        Assert.StartsWith("好的", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativeChangeStepsFromTheReportedValueWithinTheProfileRange()
    {
        var fixture = VoiceFixture.Load(_clock);
        fixture.Registry.OnProperties("bedroom-ac", Json("""{"air-conditioner.target-temperature":29.5}"""));

        fixture.Engine().Handle(Home, "卧室有点冷，温度调高一点");

        Assert.Equal("bedroom-ac {\"air-conditioner.target-temperature\":30}", Sent(fixture.Registry));
    }

    [Fact]
    public void TvAppAndInputBecomeTheProfilesActionAndProperty()
    {
        var fixture = VoiceFixture.Load(_clock);
        var engine = fixture.Engine();

        engine.Handle(Home, "电视打开爱奇艺");
        engine.Handle(Home, "switch the TV to HDMI 2");

        Assert.Equal("living-tv television.launch-app {\"app\":\"com.qiyi.video\"}", Sent(fixture.Registry));
        Assert.Equal("living-tv {\"television.input-source\":2}", Sent(fixture.Registry));
    }

    [Fact]
    public void AnOfflineDeviceIsReportedInTheAnswer()
    {
        var fixture = VoiceFixture.Load(_clock);
        fixture.Registry.OnAvailability("kitchen-light", online: false);

        var result = fixture.Engine().Handle(Home, "turn off the kitchen light");

        Assert.Single(result.CommandIds);
        Assert.Equal("I could not reach the kitchen light.", result.Answer);
    }

    [Fact]
    public void AQuestionIsAnsweredFromReportedStateInItsLanguage()
    {
        var fixture = VoiceFixture.Load(_clock);
        fixture.Registry.OnProperties("bedroom-sensor", Json("""{"environment.temperature":22.5}"""));
        fixture.Registry.OnProperties("living-ceiling", Json("""{"light.on":true}"""));
        fixture.Registry.OnProperties("living-lamp", Json("""{"light.on":false}"""));
        var engine = fixture.Engine();

        var english = engine.Handle(Home, "what is the temperature in the bedroom");
        var chinese = engine.Handle(Home, "客厅的灯开着吗");

        Assert.Equal("It is 22.5 °C in the bedroom.", english.Answer);
        Assert.Contains("吸顶灯开着", chinese.Answer, StringComparison.Ordinal);
        Assert.Contains("落地灯关着", chinese.Answer, StringComparison.Ordinal);
        Assert.Null(fixture.Registry.TakeOutbound());
    }

    [Fact]
    public async Task ASceneRunsThroughTheSceneRunnerMarkedAsVoice()
    {
        var fixture = VoiceFixture.Load(_clock);
        await using var runner = new SceneRunner(fixture.Catalog, null, _clock, new SceneRunnerOptions { CommandInterval = TimeSpan.Zero });

        var result = fixture.Engine(runner).Handle(Home, "小爱同学，晚安");

        Assert.Equal(VoiceIntents.RunScene, result.Intent);
        var run = Assert.Single(result.RunIds);
        Assert.Equal("voice", runner.FindRun(Home, "good-night", run)!.Source);
    }

    [Fact]
    public void OutOfDomainUtterancesAreUnknownAndSendNothing()
    {
        var fixture = VoiceFixture.Load(_clock);

        var result = fixture.Engine().Handle(Home, "明天天气怎么样");

        Assert.Equal(VoiceIntents.Unknown, result.Intent);
        Assert.StartsWith("抱歉，我没听懂", result.Answer, StringComparison.Ordinal);
        Assert.Null(fixture.Registry.TakeOutbound());
    }

    [Fact]
    public void ASpeakersVoiceCommandIsCarriedOutAndAnsweredThroughThatSpeaker()
    {
        var fixture = VoiceFixture.Load(_clock);
        using var bridge = new SpeakerVoiceBridge(fixture.Registry, fixture.Engine());
        VoiceResult? handled = null;
        bridge.Handled += (_, result) => handled = result;

        var errors = fixture.Registry.OnEvent("kitchen-speaker", "intelligent-speaker.voice-command",
            Json("""{"utterance":"小爱同学，打开厨房灯","confidence":93,"language":"zh-CN"}"""));

        Assert.Empty(errors);
        Assert.Equal(VoiceIntents.TurnOn, handled?.Intent);
        Assert.Equal("kitchen-light {\"light.on\":true}", Sent(fixture.Registry));
        var answer = fixture.Registry.TakeOutbound();
        Assert.NotNull(answer);
        Assert.Equal("kitchen-speaker", answer.DeviceId);
        Assert.Contains("intelligent-speaker.play-text", Encoding(answer), StringComparison.Ordinal);
        Assert.Equal("好的，已打开厨房灯。", Assert.IsType<CallActionRequest>(answer).Arguments.GetProperty("text").GetString());
    }
}
