using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

public sealed class ProfileTextTests
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["en"] = "Ceiling light",
        ["zh"] = "吸顶灯",
        ["zh-Hant"] = "吸頂燈",
        ["pt-BR"] = "Luz de teto",
    };

    [Theory]
    [InlineData("zh", "吸顶灯")]
    [InlineData("zh-CN", "吸顶灯")]
    [InlineData("zh-Hans", "吸顶灯")]
    [InlineData("zh_CN", "吸顶灯")]
    [InlineData("ZH", "吸顶灯")]
    [InlineData("zh-Hant", "吸頂燈")]
    [InlineData("zh-TW", "吸顶灯")]
    [InlineData("pt-br", "Luz de teto")]
    [InlineData("en", "Ceiling light")]
    [InlineData("en-GB", "Ceiling light")]
    public void PickTakesTheExactTagThenItsLanguage(string language, string expected) =>
        Assert.Equal(expected, ProfileText.Pick(Texts, "light", language));

    [Theory]
    [InlineData("de")]
    [InlineData("pt-PT")]
    [InlineData("")]
    [InlineData("not a tag")]
    public void PickFallsBackToEnglishForALanguageTheProfileDoesNotHave(string language) =>
        Assert.Equal("Ceiling light", ProfileText.Pick(Texts, "light", language));

    [Fact]
    public void PickFallsBackToTheGivenTextWithoutEnglishOrWithoutTranslations()
    {
        Assert.Equal("light", ProfileText.Pick(new Dictionary<string, string> { ["zh"] = "吸顶灯" }, "light", "de"));
        Assert.Equal("吸顶灯", ProfileText.Pick(new Dictionary<string, string> { ["zh"] = "吸顶灯" }, "light", "zh-CN"));
        Assert.Equal("light", ProfileText.Pick(null, "light", "zh"));
        Assert.Equal("light", ProfileText.Pick(new Dictionary<string, string>(), "light", "zh"));
    }

    [Theory]
    [InlineData("Ceiling light", "zh", "吸顶灯")]
    [InlineData("ceiling light ", "zh-CN", "吸顶灯")]
    [InlineData("吸顶灯", "en", "Ceiling light")]
    [InlineData("Ceiling light", "en", "Ceiling light")]
    [InlineData("Ceiling light", "de", "Ceiling light")]
    [InlineData("Reading lamp", "zh", "Reading lamp")]
    [InlineData("客厅大灯", "en", "客厅大灯")]
    public void ADeviceNamedAfterItsModelIsCalledByTheModelsNameInTheListenersLanguage(string name, string language, string expected) =>
        Assert.Equal(expected, ProfileText.DeviceName(name, Texts, language));

    [Fact]
    public void ADeviceOfAModelWithoutNamesKeepsItsName() =>
        Assert.Equal("Ceiling light", ProfileText.DeviceName("Ceiling light", null, "zh"));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("ZH-cn", "zh")]
    [InlineData("zh-hans-cn", "zh")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-CH-1996", "de-CH-1996")]
    [InlineData("sr-latn-rs", "sr-Latn-RS")]
    public void LanguageTagsAreKeptInCanonicalCase(string tag, string canonical) =>
        Assert.Equal(canonical, ProfileLanguages.Normalize(tag));

    [Theory]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("zh_CN")]
    [InlineData("zh-")]
    [InlineData("-zh")]
    [InlineData("en-US-x-private")]
    [InlineData("zh-CN\n")]
    [InlineData("中文")]
    [InlineData("cn")]
    [InlineData("jp-JP")]
    public void WhatIsNotALanguageTagIsRefused(string tag) =>
        Assert.Null(ProfileLanguages.Normalize(tag));
}
