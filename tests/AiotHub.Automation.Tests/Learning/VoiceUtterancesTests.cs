using AiotHub.Automation.Voice.Learning;

namespace AiotHub.Automation.Tests.Learning;

/// <summary>How a taught or logged utterance is keyed: case, width, whitespace and punctuation folded, nothing else.</summary>
public sealed class VoiceUtterancesTests
{
    [Theory]
    [InlineData("Movie time!", "movie time")]
    [InlineData("  MOVIE,   time?? ", "movie time")]
    [InlineData("ＭＯＶＩＥ　ＴＩＭＥ", "movie time")]
    [InlineData("打开 观影模式。", "打开观影模式")]
    [InlineData("打开，观影模式！", "打开观影模式")]
    [InlineData("打开 TV 的 Netflix", "打开tv的netflix")]
    [InlineData("turn on the big one, please", "turn on the big one please")]
    public void CaseWidthSpacesAndPunctuationFoldToOneKey(string text, string key) =>
        Assert.Equal(key, VoiceUtterances.Normalize(text));

    [Fact]
    public void WordsAreNotFoldedAway()
    {
        Assert.NotEqual(VoiceUtterances.Normalize("turn on the lamp"), VoiceUtterances.Normalize("turn off the lamp"));
        Assert.NotEqual(VoiceUtterances.Normalize("打开灯"), VoiceUtterances.Normalize("关灯"));
    }

    [Fact]
    public void PunctuationAloneHasNoKey() => Assert.Equal("", VoiceUtterances.Normalize(" ?!。， "));
}
