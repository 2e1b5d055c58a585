using AiotHub.Automation.Voice;

namespace AiotHub.Automation.Tests.Voice;

public sealed class VoiceTextTests
{
    [Theory]
    [InlineData("小爱同学，打开客厅的灯！", "打开客厅的灯")]
    [InlineData("Hey, TURN ON the lights, please.", "turn on the lights")]
    [InlineData("ＨＤＭＩ１", "hdmi1")]
    [InlineData("set it to 20.5 degrees.", "set it to 20.5 degrees")]
    [InlineData("hey", "")]
    public void NormalisationFoldsWidthCaseAndPunctuationAndDropsWakeWords(string text, string expected) =>
        Assert.Equal(expected, VoiceText.Normalize(text));

    [Theory]
    [InlineData("打开电视", "zh")]
    [InlineData("turn on the TV", "en")]
    [InlineData("电视切换到HDMI 1", "zh")]
    public void AnyChineseCharacterMakesTheUtteranceChinese(string text, string expected) =>
        Assert.Equal(expected, VoiceText.DetectLanguage(text));

    [Fact]
    public void LatinWordsMatchOnlyAtWordBoundaries()
    {
        Assert.False(VoiceText.Contains("who won the game", "on"));
        Assert.True(VoiceText.Contains("lights on", "on"));
        Assert.False(VoiceText.Contains("replace the battery", "ac"));
        Assert.True(VoiceText.Contains("打开客厅的灯", "灯"));
    }
}
