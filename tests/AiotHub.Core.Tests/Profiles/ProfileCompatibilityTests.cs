using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>What a new version of a model may not take away from the previous one.</summary>
public sealed class ProfileCompatibilityTests
{
    [Fact]
    public void AnUnchangedOrOnlyWidenedVersionBreaksNothing()
    {
        var next = Edit(p =>
        {
            Property(p, "brightness")["value-range"] = new JsonArray(0, 255, 1);
            Property(p, "mode")["value-list"]!.AsArray().Add(new JsonObject { ["value"] = 2, ["description"] = "Reading" });
            Property(p, "label")["max-length"] = 32;
            Property(p, "power")["access"] = new JsonArray("read", "notify");
        });

        Assert.Empty(ProfileCompatibility.FindBreakingChanges(Parse(ProfileSamples.Valid), next));
        Assert.Empty(ProfileCompatibility.FindBreakingChanges(Parse(ProfileSamples.Valid), Parse(ProfileSamples.Valid)));
    }

    [Fact]
    public void RemovedAndNarrowedMembersAreEachNamed()
    {
        var next = Edit(p =>
        {
            var properties = p["services"]![0]!["properties"]!.AsArray();
            properties.Remove(Property(p, "power"));
            Property(p, "brightness")["value-range"] = new JsonArray(1, 50, 1);
            Property(p, "temperature")["value-range"] = new JsonArray(-20, 60, 1);
            Property(p, "mode")["value-list"]!.AsArray().RemoveAt(1);
            Property(p, "label")["max-length"] = 4;
            Property(p, "on")["access"] = new JsonArray("read", "notify");
            p["services"]![0]!["actions"]!.AsArray().RemoveAt(0);
            p["services"]![0]!["events"] = new JsonArray();
        });

        var changes = ProfileCompatibility.FindBreakingChanges(Parse(ProfileSamples.Valid), next)
            .Select(c => $"{c.Member}: {c.Change}").ToList();

        Assert.Contains("light.power: removed", changes);
        Assert.Contains("light.brightness: value-range narrowed from [1, 100, 1] to [1, 50, 1]", changes);
        Assert.Contains("light.temperature: value-range narrowed from [-20, 60, 0.5] to [-20, 60, 1]", changes);
        Assert.Contains("light.mode: value-list no longer has 1", changes);
        Assert.Contains("light.label: max-length reduced from 8 to 4", changes);
        Assert.Contains("light.on: access no longer includes write", changes);
        Assert.Contains("light.toggle: removed", changes);
        Assert.Contains("light.voice-command: removed", changes);
    }

    [Fact]
    public void AFormatChangeOrANewRequiredArgumentBreaksAndANewOptionalOneDoesNot()
    {
        var formatChanged = Edit(p => Property(p, "brightness")["format"] = "uint16");
        Assert.Contains(ProfileCompatibility.FindBreakingChanges(Parse(ProfileSamples.Valid), formatChanged),
            c => c is { Member: "light.brightness", Change: "format changed from uint8 to uint16" });

        var optional = Edit(p => Action(p, "play-text")["in"]!.AsArray().Add(new JsonObject { ["name"] = "voice", ["format"] = "string", ["optional"] = true }));
        Assert.Empty(ProfileCompatibility.FindBreakingChanges(Parse(ProfileSamples.Valid), optional));

        var required = Edit(p => Action(p, "play-text")["in"]!.AsArray().Add(new JsonObject { ["name"] = "voice", ["format"] = "string" }));
        Assert.Contains(ProfileCompatibility.FindBreakingChanges(Parse(ProfileSamples.Valid), required),
            c => c is { Member: "light.play-text(voice)", Change: "new required argument" });
    }

    private static DeviceProfile Parse(string json)
    {
        var result = DeviceProfileParser.Parse(json);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Profile;
    }

    private static DeviceProfile Edit(Action<JsonObject> edit)
    {
        var profile = JsonNode.Parse(ProfileSamples.Valid)!.AsObject();
        edit(profile);
        profile["version"] = profile["version"]!.GetValue<int>() + 1;
        return Parse(profile.ToJsonString());
    }

    private static JsonObject Property(JsonObject profile, string name) =>
        profile["services"]![0]!["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!.AsObject();

    private static JsonObject Action(JsonObject profile, string name) =>
        profile["services"]![0]!["actions"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!.AsObject();
}
