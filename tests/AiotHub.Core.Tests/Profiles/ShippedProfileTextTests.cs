using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>
/// Every shipped model speaks English and Chinese: a display name for the model and a description for every
/// service, property, action, event, argument and value-list item, so the app and the voice assistant never
/// fall back to an English token in a Chinese answer. A member added without them fails here.
/// </summary>
public sealed class ShippedProfileTextTests
{
    /// <summary>Every shipped document, older versions kept in subfolders for pinned devices included (not the schema).</summary>
    public static TheoryData<string> Files => new(Directory
        .GetFiles(RepositoryFiles.DeviceProfiles, "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepositoryFiles.DeviceProfiles, f))
        .Where(f => !f.StartsWith("schema", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryPartOfAShippedProfileHasEnglishAndChineseText(string file)
    {
        var parsed = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, file));
        Assert.True(parsed.IsValid, file + ":\n" + string.Join("\n", parsed.Errors));
        var profile = parsed.Profile;

        var missing = Parts(profile).Where(p => !HasBoth(p.Texts)).Select(p => p.Path).ToList();

        Assert.True(missing.Count == 0, $"{file}: no English and Chinese text at\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TheChineseTextIsChineseNotACopyOfTheEnglish(string file)
    {
        var profile = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, file)).Profile!;

        // Technical tokens read the same in both languages (PM2.5, HDMI 1, USB); anything else needs a Han character.
        var untranslated = Parts(profile)
            .Where(p => p.Texts is not null && p.Texts.TryGetValue("zh", out var zh) && !zh.Any(IsHan)
                && !(zh == p.Texts["en"] && zh.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '.')))
            .Select(p => $"{p.Path}: {p.Texts!["zh"]}")
            .ToList();

        Assert.True(untranslated.Count == 0, $"{file}: Chinese text without Chinese at\n" + string.Join("\n", untranslated));
    }

    [Theory]
    [InlineData("aiot.light.ceiling1", "Ceiling light", "吸顶灯")]
    [InlineData("aiot.plug.meter1", "Smart plug", "智能插座")]
    [InlineData("aiot.purifier.p1", "Air purifier", "空气净化器")]
    [InlineData("aiot.vacuum.v1", "Robot vacuum", "扫地机器人")]
    [InlineData("aiot.sensor.contact1", "Door and window sensor", "门窗传感器")]
    [InlineData("aiot.sensor.motion1", "Motion sensor", "人体传感器")]
    [InlineData("aiot.sensor.th1", "Temperature and humidity sensor", "温湿度传感器")]
    [InlineData("aiot.curtain.motor1", "Curtain", "窗帘")]
    public void ModelsAreNamedInTheWordsPeopleUse(string model, string english, string chinese)
    {
        var profile = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, model + ".json")).Profile!;

        Assert.Equal(english, ProfileText.Pick(profile.Names, model, "en"));
        Assert.Equal(chinese, ProfileText.Pick(profile.Names, model, "zh-CN"));
    }

    [Fact]
    public void MembersAreDescribedInTheWordsOfTheMiHomeApp()
    {
        var ac = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, "aiot.ac.split1.json")).Profile!;
        var mode = ac.FindProperty("air-conditioner", "mode")!;

        Assert.Equal("目标温度", ProfileText.Pick(ac.FindProperty("air-conditioner", "target-temperature")!.Descriptions, "", "zh"));
        Assert.Equal("Target temperature", ProfileText.Pick(ac.FindProperty("air-conditioner", "target-temperature")!.Descriptions, "", "en"));
        Assert.Equal(["自动", "制冷", "除湿", "制热", "送风"], mode.Value.List!.Select(v => ProfileText.Pick(v.Descriptions, v.Description, "zh")));
        var light = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, "aiot.light.ceiling1.json")).Profile!;
        Assert.Equal("亮度", ProfileText.Pick(light.FindProperty("light", "brightness")!.Descriptions, "", "zh"));
        Assert.Equal("色温", ProfileText.Pick(light.FindProperty("light", "color-temperature")!.Descriptions, "", "zh"));
        var speaker = DeviceProfileParser.ParseFile(Path.Combine(RepositoryFiles.DeviceProfiles, "aiot.speaker.s1.json")).Profile!;
        Assert.Equal(("音量", "静音"), (
            ProfileText.Pick(speaker.FindProperty("speaker", "volume")!.Descriptions, "", "zh"),
            ProfileText.Pick(speaker.FindProperty("speaker", "mute")!.Descriptions, "", "zh")));
    }

    private static bool HasBoth(IReadOnlyDictionary<string, string>? texts) =>
        texts is not null && texts.ContainsKey("en") && texts.ContainsKey("zh");

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Every part people see, with where it is in the file's terms.</summary>
    private static IEnumerable<(string Path, IReadOnlyDictionary<string, string>? Texts)> Parts(DeviceProfile profile)
    {
        yield return ("names", profile.Names);
        yield return ("descriptions", profile.Descriptions);
        foreach (var service in profile.Services)
        {
            yield return (service.Name, service.Descriptions);
            foreach (var property in service.Properties)
            {
                yield return ($"{service.Name}.{property.Name}", property.Descriptions);
                foreach (var part in Values($"{service.Name}.{property.Name}", property.Value))
                    yield return part;
            }

            foreach (var action in service.Actions)
            {
                yield return ($"{service.Name}.{action.Name}", action.Descriptions);
                foreach (var part in Arguments($"{service.Name}.{action.Name} in", action.In).Concat(Arguments($"{service.Name}.{action.Name} out", action.Out)))
                    yield return part;
            }

            foreach (var @event in service.Events)
            {
                yield return ($"{service.Name}.{@event.Name}", @event.Descriptions);
                foreach (var part in Arguments($"{service.Name}.{@event.Name}", @event.Arguments))
                    yield return part;
            }
        }
    }

    private static IEnumerable<(string, IReadOnlyDictionary<string, string>?)> Arguments(string owner, IReadOnlyList<ProfileArgument> arguments) =>
        arguments.SelectMany(a => Values($"{owner}({a.Name})", a.Value).Prepend(($"{owner}({a.Name})", a.Descriptions)));

    private static IEnumerable<(string, IReadOnlyDictionary<string, string>?)> Values(string owner, ProfileValueSpec spec) =>
        (spec.List ?? []).Select(v => ($"{owner} = {v.Value} ({v.Description})", v.Descriptions));
}
