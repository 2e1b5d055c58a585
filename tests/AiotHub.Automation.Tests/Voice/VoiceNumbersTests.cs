using AiotHub.Automation.Voice;

namespace AiotHub.Automation.Tests.Voice;

public sealed class VoiceNumbersTests
{
    [Theory]
    [InlineData("二十五", 25)]
    [InlineData("十八", 18)]
    [InlineData("十", 10)]
    [InlineData("一百", 100)]
    [InlineData("两百零五", 205)]
    [InlineData("二十点五", 20.5)]
    [InlineData("七十", 70)]
    public void ChineseNumeralsAreReadUpToTheHundredsWithDecimals(string numeral, double expected) =>
        Assert.Equal(expected, VoiceNumbers.ParseChinese(numeral));

    [Theory]
    [InlineData("set it to 20.5 degrees", 20.5)]
    [InlineData("set it to 50%", 50)]
    [InlineData("twenty five percent", 25)]
    [InlineData("volume thirty", 30)]
    [InlineData("百分之五十", 50)]
    [InlineData("调到二十五度", 25)]
    [InlineData("hundred", 100)]
    public void TheFirstNumberIsFoundInDigitsWordsOrChineseNumerals(string text, double expected) =>
        Assert.Equal(expected, VoiceNumbers.First(text));

    [Theory]
    [InlineData("调亮一点")]
    [InlineData("开一下")]
    [InlineData("打开一半")]
    [InlineData("turn on the light")]
    public void ABitOrHalfIsNotTheNumberOne(string text) => Assert.Null(VoiceNumbers.First(text));
}
