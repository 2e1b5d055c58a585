using AiotHub.Automation.Voice.Learning;
using AiotHub.Gateway.Voice;

namespace AiotHub.Gateway.Tests.Voice;

/// <summary>The "Voice:Learning" bounds (500 logged, 200 taught, 64 intents per home by default) are checked at start; a bad one names its key.</summary>
public sealed class VoiceLearningOptionsValidationTests
{
    [Fact]
    public void TheDefaultsAreValid() =>
        Assert.True(new VoiceLearningOptionsValidator().Validate(null, new VoiceLearningOptions()).Succeeded);

    [Theory]
    [InlineData(nameof(VoiceLearningOptions.MaxLoggedPerHome), 0)]
    [InlineData(nameof(VoiceLearningOptions.MaxLoggedPerHome), 1_000_000)]
    [InlineData(nameof(VoiceLearningOptions.MaxTaughtPerHome), -1)]
    [InlineData(nameof(VoiceLearningOptions.MaxIntentsPerHome), 0)]
    [InlineData(nameof(VoiceLearningOptions.MaxAnswerLength), 5)]
    public void AValueOutsideItsRangeFailsNamingItsKey(string key, int value)
    {
        var options = new VoiceLearningOptions();
        typeof(VoiceLearningOptions).GetProperty(key)!.SetValue(options, value);

        var result = new VoiceLearningOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Voice:Learning:{key}", result.FailureMessage, StringComparison.Ordinal);
    }
}
