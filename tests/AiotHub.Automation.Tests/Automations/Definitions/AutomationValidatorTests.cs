using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>The validator: references checked against the home's real-profile devices, each problem at its path; what it resolves for the engine.</summary>
public sealed class AutomationValidatorTests
{
    private readonly ManualClock _clock = new();
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog _scenes;

    public AutomationValidatorTests()
    {
        _registry = Registry(_clock);
        _scenes = new SceneCatalog(_registry, timeProvider: _clock);
        _scenes.Create(DefinitionFixture.Home, new SceneDefinition("good-night", "Good night", null, [new SceneStep("lamp-1", Set: Json("""{"light.on":false}"""))]));
    }

    private AutomationDefinition Resolve(string json, out List<ProfileError> errors, bool hasLocation = true, string home = DefinitionFixture.Home)
    {
        errors = [];
        return AutomationValidator.Resolve(_registry, _scenes, home, Read(json), hasLocation, errors);
    }

    private AutomationDefinition Valid(string json, bool hasLocation = true)
    {
        var definition = Resolve(json, out var errors, hasLocation);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        return definition;
    }

    private ProfileError Problem(string json, bool hasLocation = true)
    {
        Resolve(json, out var errors, hasLocation);
        return Assert.Single(errors);
    }

    [Theory]
    [InlineData("tv", "playback", "playing", "television.playback-state", "1")]
    [InlineData("tv-box", "playback", "buffering", "tv-box.playback-state", "3")]
    [InlineData("tv", "input", "HDMI 1", "television.input-source", "1")]
    [InlineData("tv", "app", "netflix", "television.current-app", "\"netflix\"")]
    [InlineData("tv-box", "app", "com.youtube", "tv-box.current-app", "\"com.youtube\"")]
    public void ATvTriggerIsResolvedThroughTheTvsProfile(string device, string member, string value, string property, string resolved)
    {
        var definition = Valid(With($$"""{"kind":"tv","deviceId":"{{device}}","{{member}}":"{{value}}","for":"3s"}"""));

        var trigger = Assert.IsType<PropertyTrigger>(Assert.Single(definition.Triggers));
        Assert.Equal(("tv", property, resolved, TimeSpan.FromSeconds(3)), (trigger.Kind, trigger.Property, trigger.To!.Value.GetRawText(), trigger.For));
    }

    [Fact]
    public void ATvTriggerOnADeviceThatIsNoTvIsAProblemAtItsDevice()
    {
        var problem = Problem(With("""{"kind":"tv","deviceId":"lamp-1","playback":"playing"}"""));
        var noInput = Problem(With("""{"kind":"tv","deviceId":"tv-box","input":"HDMI 1"}"""));

        Assert.Equal("$.triggers[0].deviceId", problem.Path);
        Assert.Contains("not a TV or TV box with playback-state", problem.Message, StringComparison.Ordinal);
        Assert.Equal("$.triggers[0].deviceId", noInput.Path);
    }

    [Fact]
    public void ValueListDescriptionsBecomeTheirValuesInTriggersConditionsAndSets()
    {
        var definition = Valid(With(
            """{"kind":"property","deviceId":"lamp-1","property":"light.mode","from":"day","to":"Night"}""",
            """[{"kind":"property","deviceId":"lamp-1","property":"light.mode","in":["Reading",3]}]""",
            """[{"kind":"set","deviceId":"lamp-1","properties":{"light.mode":"TV","1.1":true}}]"""));

        var trigger = Assert.IsType<PropertyTrigger>(definition.Triggers[0]);
        Assert.Equal(("0", "1"), (trigger.From!.Value.GetRawText(), trigger.To!.Value.GetRawText()));
        Assert.Equal(["2", "3"], Assert.IsType<PropertyCondition>(definition.Conditions[0]).In!.Select(v => v.GetRawText()));
        Assert.Equal("""{"light.mode":3,"light.on":true}""", Assert.IsType<SetPropertiesAction>(definition.Actions[0]).Properties.GetRawText());
    }

    [Theory]
    [InlineData("""{"kind":"property","deviceId":"ghost","property":"light.on"}""", "$.triggers[0].deviceId", "no device 'ghost' in home 'home'")]
    [InlineData("""{"kind":"property","deviceId":"lamp-1","property":"light.colour"}""", "$.triggers[0].property", "has no property light.colour")]
    [InlineData("""{"kind":"property","deviceId":"lamp-1","property":"light.mode","to":"Disco"}""", "$.triggers[0].to", "not one of mode's values: 0 (Day)")]
    [InlineData("""{"kind":"property","deviceId":"lamp-1","property":"light.brightness","to":"high"}""", "$.triggers[0].to", "expected a uint8")]
    [InlineData("""{"kind":"property","deviceId":"lamp-1","property":"light.on","above":1}""", "$.triggers[0].above", "not a number")]
    [InlineData("""{"kind":"property","deviceId":"lamp-1","property":"light.brightness","from":101}""", "$.triggers[0].from", "outside the value-range")]
    [InlineData("""{"kind":"event","deviceId":"button-1","event":"buttons.double-click"}""", "$.triggers[0].event", "has no event buttons.double-click")]
    [InlineData("""{"kind":"event","deviceId":"button-1","event":"buttons.click","arguments":{"finger":1}}""", "$.triggers[0].arguments.finger", "has no argument finger")]
    [InlineData("""{"kind":"event","deviceId":"button-1","event":"buttons.click","arguments":{"button":"left"}}""", "$.triggers[0].arguments.button", "expected a uint8")]
    [InlineData("""{"kind":"availability","deviceId":"ghost","to":"offline"}""", "$.triggers[0].deviceId", "no device 'ghost'")]
    [InlineData("""{"kind":"mode","to":"vacation"}""", "$.triggers[0].to", "unknown home mode 'vacation'")]
    [InlineData("""{"kind":"wait-for-it"}""", "$.triggers[0].kind", "unknown trigger kind")]
    public void ATriggerReferenceProblemIsAtItsPath(string trigger, string path, string message)
    {
        var errors = new List<ProfileError>();
        if (AutomationReader.Read(Json(With(trigger)), errors) is { } read)
            AutomationValidator.Resolve(_registry, _scenes, DefinitionFixture.Home, read, true, errors);

        var problem = Assert.Single(errors);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"set","deviceId":"hall-motion","properties":{"motion-sensor.motion-state":true}}""", "$.actions[0].properties['motion-sensor.motion-state']", "is not writable")]
    [InlineData("""{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true,"1.1":false}}""", "$.actions[0].properties['1.1']", "the same property twice")]
    [InlineData("""{"kind":"set","deviceId":"lamp-1","properties":{"light.glow":1}}""", "$.actions[0].properties['light.glow']", "has no property light.glow")]
    [InlineData("""{"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.sing"}""", "$.actions[0].action", "has no action intelligent-speaker.sing")]
    [InlineData("""{"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.play-text"}""", "$.actions[0].in.text", "required argument is missing")]
    [InlineData("""{"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.play-text","in":{"text":"hi","loud":true}}""", "$.actions[0].in.loud", "unknown argument")]
    [InlineData("""{"kind":"scene","sceneId":"movie"}""", "$.actions[0].sceneId", "no scene 'movie' in home 'home'")]
    [InlineData("""{"kind":"mode","set":"party"}""", "$.actions[0].set", "unknown home mode 'party'")]
    [InlineData("""{"kind":"snapshot","name":"s","deviceIds":["lamp-1","ghost"]}""", "$.actions[0].deviceIds[1]", "no device 'ghost'")]
    [InlineData("""{"kind":"if","conditions":[{"kind":"availability","deviceId":"ghost","is":"online"}],"then":[{"kind":"delay","duration":"1s"}]}""", "$.actions[0].conditions[0].deviceId", "no device 'ghost'")]
    [InlineData("""{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{"kind":"set","deviceId":"lamp-1","properties":{"light.brightness":300}}]}""", "$.actions[0].then[0].properties['light.brightness']", "outside")]
    [InlineData("""{"kind":"choose","options":[{"conditions":[{"kind":"mode","in":["home","out"]}],"actions":[{"kind":"delay","duration":"1s"}]}],"default":[{"kind":"scene","sceneId":"x"}]}""", "$.actions[0].options[0].conditions[0].in[1]", "unknown home mode 'out'")]
    [InlineData("""{"kind":"wait","trigger":{"kind":"property","deviceId":"lamp-1","property":"light.nope"},"timeout":"1m"}""", "$.actions[0].trigger.property", "has no property light.nope")]
    public void AnActionReferenceProblemIsAtItsPath(string action, string path, string message)
    {
        Resolve(With(actions: "[" + action + "]"), out var errors);

        var problem = errors[0];
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"kind":"property","deviceId":"lamp-1","property":"light.on","below":1}]""", "$.conditions[0].below", "not a number")]
    [InlineData("""[{"kind":"property","deviceId":"lamp-1","property":"light.on","equals":"yes"}]""", "$.conditions[0].equals", "expected true or false")]
    [InlineData("""[{"kind":"property","deviceId":"lamp-1","property":"light.mode","notEquals":"Disco"}]""", "$.conditions[0].notEquals", "not one of mode's values")]
    [InlineData("""[{"kind":"not","conditions":[{"kind":"property","deviceId":"tv","property":"television.volume","equals":1}]}]""", "$.conditions[0].conditions[0].property", "has no property television.volume")]
    public void AConditionReferenceProblemIsAtItsPath(string conditions, string path, string message)
    {
        var problem = Problem(With(conditions: conditions));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SunTriggersAndConditionsNeedTheHubsLocation()
    {
        const string sun = """{"kind":"sun","event":"sunset","offset":"-30m"}""";
        const string night = """[{"kind":"sun","after":"sunset","before":"sunrise"}]""";

        var trigger = Problem(With(sun), hasLocation: false);
        var condition = Problem(With(conditions: night), hasLocation: false);

        Assert.Equal(("$.triggers[0]", AutomationValidator.NoLocation), (trigger.Path, trigger.Message));
        Assert.Equal("$.conditions[0]", condition.Path);
        Assert.Equal("the hub has no location; set Automations:Latitude and Automations:Longitude", AutomationValidator.NoLocation);
        Valid(With(sun, night));
    }

    [Fact]
    public void ADeviceOfAnotherHomeIsNotFound()
    {
        Resolve(With("""{"kind":"availability","deviceId":"tv"}"""), out var errors, home: "cabin");

        Assert.Equal(("$.triggers[0].deviceId", "no device 'tv' in home 'cabin'"), (Assert.Single(errors).Path, errors[0].Message));
    }

    [Fact]
    public void APendingDeviceIsAProblemForItsMembersButNotForItsAvailability()
    {
        _registry.OnAnnounce("mystery", new DeviceAnnouncement("acme.unknown.x1"));

        var member = Problem(With("""{"kind":"property","deviceId":"mystery","property":"a.b"}"""));

        Assert.Equal("$.triggers[0].deviceId", member.Path);
        Assert.Contains("pending", member.Message, StringComparison.Ordinal);
        Valid(With("""{"kind":"availability","deviceId":"mystery","to":"online"}"""));
    }

    [Fact]
    public void NumericMemberKeysAreResolvedToNames()
    {
        var definition = Valid(With(
            """{"kind":"property","deviceId":"lamp-1","property":"1.1"}""",
            actions: """[{"kind":"call","deviceId":"lamp-1","action":"light.toggle"},{"kind":"scene","sceneId":"good-night"}]"""));

        Assert.Equal("light.on", Assert.IsType<PropertyTrigger>(definition.Triggers[0]).Property);
        Assert.Equal("light.toggle", Assert.IsType<CallAction>(definition.Actions[0]).Action);
    }
}
