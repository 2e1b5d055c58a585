using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>The models in device-profiles/ are the examples makers copy: they must all be valid and complete.</summary>
public sealed class ShippedProfileTests
{
    public static TheoryData<string> Files => new(RepositoryFiles.ProfileFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryShippedProfileIsValidAndNamedAfterItsModel(string file)
    {
        var result = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, file));

        Assert.True(result.IsValid, file + ":\n" + string.Join("\n", result.Errors));
        Assert.Equal(result.Profile.Model + ".json", file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryShippedProfilePointsAtTheSchema(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.DeviceProfiles, file)));

        Assert.Equal("schema/device-profile.schema.json", document.RootElement.GetProperty("$schema").GetString());
        Assert.True(File.Exists(RepositoryFiles.Schema));
    }

    [Fact]
    public void AtLeastTwelveModelsShipAcrossTheEcosystem()
    {
        var profiles = Load();

        Assert.True(profiles.Count >= 12, $"only {profiles.Count} profiles");
        string[] types =
        [
            "light", "temperature-humidity-sensor", "motion-sensor", "contact-sensor", "outlet", "curtain",
            "air-conditioner", "air-purifier", "speaker", "television", "tv-box", "robot-vacuum",
        ];
        Assert.Empty(types.Except(profiles.Select(p => p.Type)));
    }

    [Fact]
    public void TheModelsCarryTheCapabilitiesTheIssueAsksFor()
    {
        var models = Load().ToDictionary(p => p.Model);

        AssertProperties(models["aiot.light.ceiling1"], "on", "brightness", "color-temperature");
        AssertProperties(models["aiot.light.bulb-rgb1"], "color");
        AssertProperties(models["aiot.sensor.th1"], "temperature", "relative-humidity");
        AssertProperties(models["aiot.sensor.motion1"], "motion-state", "illumination");
        AssertProperties(models["aiot.sensor.contact1"], "contact-state");
        AssertProperties(models["aiot.plug.meter1"], "on", "electric-power", "power-consumption");
        AssertProperties(models["aiot.curtain.motor1"], "current-position", "target-position");
        AssertActions(models["aiot.curtain.motor1"], "open", "close", "stop");
        AssertProperties(models["aiot.ac.split1"], "mode", "target-temperature", "fan-level");
        AssertProperties(models["aiot.purifier.p1"], "pm25-density");
        AssertProperties(models["aiot.speaker.s1"], "volume", "mute");
        AssertProperties(models["aiot.tv.t1"], "on", "volume", "mute", "input-source", "current-app", "current-content", "playback-state");
        AssertActions(models["aiot.tv.t1"], "play", "pause");
        AssertProperties(models["aiot.vacuum.v1"], "status", "battery-level");

        var speaker = models["aiot.speaker.s1"];
        var playText = speaker.Services.SelectMany(s => s.Actions).Single(a => a.Name == "play-text");
        Assert.Equal(PropertyFormat.String, Assert.Single(playText.In).Value.Format);
        var voiceCommand = speaker.Services.SelectMany(s => s.Events).Single(e => e.Name == "voice-command");
        Assert.Contains(voiceCommand.Arguments, a => a.Name == "utterance" && a.Value.Format == PropertyFormat.String);
    }

    [Fact]
    public void EveryShippedModelRecordsSomeTelemetry() =>
        Assert.All(Load(), p => Assert.NotEmpty(p.TelemetryProperties()));

    [Fact]
    public void TheCompleteExampleInTheDocsIsValid()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Docs, "device-profiles.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = DeviceProfileParser.Parse(example);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("acme.speaker.mini1", result.Profile.Model);
    }

    private static List<DeviceProfile> Load() =>
        RepositoryFiles.ProfileFiles.Select(f => DeviceProfileParser.ParseFile(f).Profile!).ToList();

    private static void AssertProperties(DeviceProfile profile, params string[] names) =>
        Assert.Empty(names.Except(profile.Services.SelectMany(s => s.Properties).Select(p => p.Name)));

    private static void AssertActions(DeviceProfile profile, params string[] names) =>
        Assert.Empty(names.Except(profile.Services.SelectMany(s => s.Actions).Select(a => a.Name)));
}
