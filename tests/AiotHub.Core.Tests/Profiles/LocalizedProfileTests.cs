using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using static AiotHub.Core.Tests.Profiles.ProfileSamples;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>names and descriptions: per-language text on a model and on every part of it, as MIoT-Spec-V2 keeps per-language descriptions.</summary>
public sealed class LocalizedProfileTests
{
    private static JsonObject Texts(string en, string zh) => new() { ["en"] = en, ["zh"] = zh };

    private static string Localized() => With(r =>
    {
        r["names"] = Texts("Desk lamp", "台灯");
        r["descriptions"] = new JsonObject { ["en"] = "Desk lamp", ["zh-CN"] = "台灯", ["zh-hant"] = "檯燈", ["PT-br"] = "Luminária" };
        Service(r, 0)["descriptions"] = Texts("Light", "灯");
        Property(r, 0, 1)["descriptions"] = Texts("Brightness", "亮度");
        Property(r, 0, 2)["value-list"]![1]!["descriptions"] = Texts("Night", "夜灯");
        Service(r, 0)["actions"]![1]!["descriptions"] = Texts("Speak text", "播报文本");
        Service(r, 0)["actions"]![1]!["in"]![0]!["descriptions"] = Texts("Text", "文本");
        Service(r, 0)["events"]![0]!["descriptions"] = Texts("Voice command", "语音指令");
        Service(r, 0)["events"]![0]!["arguments"]![0]!["descriptions"] = Texts("Utterance", "语音内容");
    });

    [Fact]
    public void NamesAndDescriptionsOnEveryPartParseIntoTheRecordsWithCanonicalLanguageTags()
    {
        var result = DeviceProfileParser.Parse(Localized());

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var profile = result.Profile;
        Assert.Equal(new Dictionary<string, string> { ["en"] = "Desk lamp", ["zh"] = "台灯" }, profile.Names);
        // zh-CN is the Chinese a profile carries (zh); other tags keep their meaning in canonical case.
        Assert.Equal(["en", "zh", "zh-Hant", "pt-BR"], profile.Descriptions!.Keys);
        var light = profile.Services[0];
        Assert.Equal("灯", light.Descriptions!["zh"]);
        Assert.Equal("亮度", light.FindProperty("brightness")!.Descriptions!["zh"]);
        Assert.Equal("夜灯", light.FindProperty("mode")!.Value.List![1].Descriptions!["zh"]);
        Assert.Null(light.FindProperty("mode")!.Value.List![0].Descriptions);
        Assert.Equal("播报文本", light.FindAction("play-text")!.Descriptions!["zh"]);
        Assert.Equal("文本", light.FindAction("play-text")!.In[0].Descriptions!["zh"]);
        Assert.Equal("语音指令", light.FindEvent("voice-command")!.Descriptions!["zh"]);
        Assert.Equal("语音内容", light.FindEvent("voice-command")!.Arguments[0].Descriptions!["zh"]);
    }

    [Fact]
    public void AProfileWithoutTranslationsStillParsesAndPicksItsPlainDescription()
    {
        var profile = DeviceProfileParser.Parse(Valid).Profile!;

        Assert.Null(profile.Names);
        Assert.All(profile.Services.SelectMany(s => s.Properties), p => Assert.Null(p.Descriptions));
        Assert.Equal("Desk lamp", ProfileText.Pick(profile.Descriptions, profile.Description!, "zh"));
    }

    [Fact]
    public void AddingTranslationsToAVersionIsNoBreakingChange()
    {
        var before = DeviceProfileParser.Parse(Valid).Profile!;
        var after = DeviceProfileParser.Parse(Localized()).Profile!;

        Assert.Equal(before.Version, after.Version);
        Assert.Empty(ProfileCompatibility.FindBreakingChanges(before, after));
        Assert.Empty(ProfileCompatibility.FindBreakingChanges(after, before));
    }

    public static TheoryData<string, string, string, string> Defects => new()
    {
        {
            "not a language tag",
            With(r => r["names"] = new JsonObject { ["english"] = "Desk lamp" }),
            "$.names.english", "'english' is not a language tag: BCP 47, at most 35 characters, such as en, zh, zh-CN or pt-BR"
        },
        {
            "an underscore instead of a hyphen",
            With(r => Property(r, 0, 1)["descriptions"] = new JsonObject { ["zh_CN"] = "亮度" }),
            "$.services[0].properties[1].descriptions.zh_CN", "'zh_CN' is not a language tag: BCP 47, at most 35 characters, such as en, zh, zh-CN or pt-BR"
        },
        {
            "a tag longer than 35 characters",
            With(r => Service(r, 0)["descriptions"] = new JsonObject { ["en-" + string.Join("-", Enumerable.Repeat("abcdefgh", 4))] = "Light" }),
            "$.services[0].descriptions.en-abcdefgh-abcdefgh-abcdefgh-abcdefgh", "'en-abcdefgh-abcdefgh-abcdefgh-abcdefgh' is not a language tag: BCP 47, at most 35 characters, such as en, zh, zh-CN or pt-BR"
        },
        {
            "a country code for the language",
            With(r => r["descriptions"] = new JsonObject { ["en"] = "Desk lamp", ["CN"] = "台灯" }),
            "$.descriptions.CN", "'CN' starts with a country code, not a language; the language tag is zh"
        },
        {
            "the same language spelled twice",
            With(r => r["descriptions"] = new JsonObject { ["zh"] = "台灯", ["zh-Hans"] = "台灯" }),
            "$.descriptions.zh-Hans", "duplicate language: 'zh-Hans' is zh, already given as 'zh'"
        },
        {
            "the same language in another case",
            With(r => r["names"] = new JsonObject { ["en"] = "Lamp", ["EN"] = "Lamp" }),
            "$.names.EN", "duplicate language: 'EN' is en, already given as 'en'"
        },
        {
            "a name longer than a device name may be",
            With(r => r["names"] = Texts(new string('a', 65), "台灯")),
            "$.names.en", "is 65 characters long; the limit is 64"
        },
        {
            "a description longer than 512 characters",
            With(r => Property(r, 0, 2)["value-list"]![0]!["descriptions"] = Texts("Day", new string('日', 513))),
            "$.services[0].properties[2].value-list[0].descriptions.zh", "is 513 characters long; the limit is 512"
        },
        {
            "a line break",
            With(r => Service(r, 0)["actions"]![0]!["descriptions"] = Texts("Toggle", "切换\n开关")),
            "$.services[0].actions[0].descriptions.zh", "contains a control character (U+000A); text people read must be visible text on one line"
        },
        {
            "a bell character",
            With(r => Service(r, 0)["actions"]![1]!["in"]![1]!["descriptions"] = Texts("Volume\u0007", "音量")),
            "$.services[0].actions[1].in[1].descriptions.en", "contains a control character (U+0007); text people read must be visible text on one line"
        },
        {
            "a right-to-left override",
            With(r => Service(r, 0)["events"]![0]!["arguments"]![0]!["descriptions"] = Texts("\u202Etxet", "文本")),
            "$.services[0].events[0].arguments[0].descriptions.en", "contains an invisible format character (U+202E); text people read must be visible text on one line"
        },
        {
            "an empty text",
            With(r => Service(r, 0)["events"]![0]!["descriptions"] = Texts("Voice command", " ")),
            "$.services[0].events[0].descriptions.zh", "must not be empty"
        },
        {
            "a number instead of text",
            With(r => Property(r, 0, 0)["descriptions"] = new JsonObject { ["en"] = 1 }),
            "$.services[0].properties[0].descriptions.en", "expected a string, got the number 1"
        },
        {
            "a string instead of an object",
            With(r => r["names"] = "Desk lamp"),
            "$.names", "expected an object of language tag to text, like {\"en\": \"…\", \"zh\": \"…\"}, got a string"
        },
        {
            "no language at all",
            With(r => Service(r, 1)["descriptions"] = new JsonObject()),
            "$.services[1].descriptions", "needs at least one language, like {\"en\": \"…\", \"zh\": \"…\"}"
        },
        {
            "names on a service, where only descriptions belong",
            With(r => Service(r, 1)["names"] = Texts("Battery", "电池")),
            "$.services[1].names", "unknown field"
        },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void EachBadTranslationYieldsExactlyItsPathAndMessage(string defect, string json, string path, string message)
    {
        var result = DeviceProfileParser.Parse(json);

        Assert.False(result.IsValid, defect);
        Assert.Equal([new ProfileError(path, message)], result.Errors);
    }

    [Fact]
    public void MoreThanSixteenLanguagesAreReportedOnceAtTheObject()
    {
        string[] tags = ["en", "zh", "de", "fr", "es", "it", "pt", "ru", "ja", "ko", "ar", "nl", "sv", "pl", "tr", "vi", "th"];
        var json = With(r => r["names"] = new JsonObject(tags.Select(t => KeyValuePair.Create(t, (JsonNode?)JsonValue.Create("Lamp " + t)))));

        var result = DeviceProfileParser.Parse(json);

        Assert.Equal([new ProfileError("$.names", "has more than 16 languages; the limit is 16")], result.Errors);
    }

    [Fact]
    public void AKeyRepeatedInTheSameSpellingIsADuplicateKey()
    {
        var json = Valid.Replace("\"description\": \"Desk lamp\",", "\"description\": \"Desk lamp\", \"names\": {\"zh\": \"台灯\", \"zh\": \"书桌灯\"},", StringComparison.Ordinal);

        var result = DeviceProfileParser.Parse(json);

        Assert.Equal([new ProfileError("$.names.zh", "duplicate key")], result.Errors);
    }

    [Fact]
    public void EveryBadTextIsReportedInOneRun()
    {
        var json = With(r =>
        {
            r["names"] = new JsonObject { ["e"] = "Lamp", ["zh"] = "台\t灯" };
            Property(r, 0, 1)["descriptions"] = Texts(new string('b', 600), "亮度");
        });

        var paths = DeviceProfileParser.Parse(json).Errors.Select(e => e.Path);

        Assert.Equal(["$.names.e", "$.names.zh", "$.services[0].properties[1].descriptions.en"], paths);
    }
}
