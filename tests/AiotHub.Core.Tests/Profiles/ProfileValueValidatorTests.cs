using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>Commands are checked against the profile before they are sent (issue 3, item 4).</summary>
public sealed class ProfileValueValidatorTests
{
    private static readonly DeviceProfile Profile = DeviceProfileParser.Parse(ProfileSamples.Valid).Profile!;

    [Theory]
    [InlineData("on", "true")]
    [InlineData("on", "false")]
    [InlineData("brightness", "1")]
    [InlineData("brightness", "100")]
    [InlineData("brightness", "50.0")]
    [InlineData("mode", "1")]
    [InlineData("label", "\"desk\"")]
    [InlineData("label", "\"12345678\"")]
    public void ValuesThatFitAWritablePropertyPass(string property, string value) =>
        Assert.Empty(ProfileValueValidator.ValidateSet(Property(property), Json(value)));

    [Theory]
    [InlineData("on", "1", "expected true or false, got the number 1")]
    [InlineData("on", "\"true\"", "expected true or false, got a string")]
    [InlineData("brightness", "0", "0 is outside the value-range 1..100")]
    [InlineData("brightness", "101", "101 is outside the value-range 1..100")]
    [InlineData("brightness", "256", "256 is outside the uint8 range 0..255")]
    [InlineData("brightness", "50.5", "expected an integer for uint8, got 50.5")]
    [InlineData("brightness", "\"50\"", "expected a uint8, got a string")]
    [InlineData("brightness", "null", "expected a uint8, got null")]
    [InlineData("brightness", "1e400", "expected a uint8, got the number 1e400")]
    [InlineData("mode", "2", "2 is not in the value-list (0 Day, 1 Night)")]
    [InlineData("label", "\"123456789\"", "is 9 characters long; the limit is 8")]
    [InlineData("label", "[]", "expected a string, got an array")]
    [InlineData("power", "50", "property 'power' is not writable")]
    [InlineData("temperature", "20", "property 'temperature' is not writable")]
    public void ValuesThatDoNotFitAreRejectedWithThePathAndReason(string property, string value, string message) =>
        Assert.Equal([new ProfileError("$.value", message)], ProfileValueValidator.ValidateSet(Property(property), Json(value)));

    [Theory]
    [InlineData("22.5", null)]
    [InlineData("-20", null)]
    [InlineData("60", null)]
    [InlineData("22.3", "22.3 is not min -20 plus a whole number of steps of 0.5")]
    [InlineData("60.5", "60.5 is outside the value-range -20..60")]
    public void ReportedFloatsAreCheckedAgainstRangeAndStep(string value, string? message)
    {
        var errors = ProfileValueValidator.ValidateReported(Property("temperature"), Json(value), "$.reported");

        Assert.Equal(message is null ? [] : [new ProfileError("$.reported", message)], errors);
    }

    [Fact]
    public void FloatStepsThatAreNotExactInBinaryStillMatch()
    {
        var spec = new ProfileValueSpec(PropertyFormat.Float, Range: new ValueRange(-30, 100, 0.1));
        var errors = new List<ProfileError>();

        foreach (var value in new[] { "-29.9", "0.3", "21.7", "99.9" })
            ProfileValueValidator.ValidateValue(spec, Json(value), "$", errors);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("{\"text\":\"hello\"}")]
    [InlineData("{\"text\":\"hello\",\"volume\":55}")]
    [InlineData("{\"1\":\"hello\",\"2\":55}")]
    [InlineData("{\"1\":\"hello\",\"volume\":55}")]
    public void ActionArgumentsThatFitPass(string arguments) =>
        Assert.Empty(ProfileValueValidator.ValidateActionInput(Action("play-text"), Json(arguments)));

    [Theory]
    [InlineData("{}", "$.arguments.text", "required argument is missing")]
    [InlineData("null", "$.arguments.text", "required argument is missing")]
    [InlineData("{\"text\":7}", "$.arguments.text", "expected a string, got the number 7")]
    [InlineData("{\"text\":\"a long sentence!!\"}", "$.arguments.text", "is 17 characters long; the limit is 16")]
    [InlineData("{\"text\":\"hi\",\"volume\":52}", "$.arguments.volume", "52 is not min 0 plus a whole number of steps of 5")]
    [InlineData("{\"text\":\"hi\",\"speed\":1}", "$.arguments.speed", "unknown argument")]
    [InlineData("{\"text\":\"hi\",\"text\":\"ho\"}", "$.arguments.text", "duplicate argument")]
    [InlineData("{\"text\":\"hi\",\"1\":\"ho\"}", "$.arguments['1']", "duplicate argument")]
    [InlineData("{\"text\":\"hi\",\"3\":1}", "$.arguments['3']", "unknown argument")]
    [InlineData("{\"text\":\"hi\",\"0\":1}", "$.arguments['0']", "unknown argument")]
    [InlineData("{\"1\":7}", "$.arguments['1']", "expected a string, got the number 7")]
    [InlineData("[\"hi\"]", "$.arguments", "expected an object of named arguments, got an array")]
    public void ActionArgumentsThatDoNotFitAreRejected(string arguments, string path, string message) =>
        Assert.Equal([new ProfileError(path, message)], ProfileValueValidator.ValidateActionInput(Action("play-text"), Json(arguments)));

    [Fact]
    public void EveryBadArgumentIsReported()
    {
        var errors = ProfileValueValidator.ValidateActionInput(Action("play-text"), Json("{\"volume\":101,\"mode\":1}"));

        Assert.Equal(
            [
                new ProfileError("$.arguments.volume", "101 is outside the value-range 0..100"),
                new ProfileError("$.arguments.mode", "unknown argument"),
                new ProfileError("$.arguments.text", "required argument is missing"),
            ],
            errors);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    public void AnActionWithoutInputsTakesNoArguments(string arguments) =>
        Assert.Empty(ProfileValueValidator.ValidateActionInput(Action("toggle"), Json(arguments)));

    [Fact]
    public void AnActionWithoutInputsRejectsAnyArgument() =>
        Assert.Equal(
            [new ProfileError("$.arguments.on", "unknown argument")],
            ProfileValueValidator.ValidateActionInput(Action("toggle"), Json("{\"on\":true}")));

    [Fact]
    public void EventArgumentsAreCheckedTheSameWay()
    {
        var voiceCommand = Profile.FindEvent("light", "voice-command")!;

        Assert.Empty(ProfileValueValidator.ValidateArguments(voiceCommand.Arguments, Json("{\"text\":\"lights off\"}"), "$.event"));
        Assert.Equal(
            [new ProfileError("$.event.text", "expected a string, got null")],
            ProfileValueValidator.ValidateArguments(voiceCommand.Arguments, Json("{\"text\":null}"), "$.event"));
    }

    [Theory]
    [InlineData(PropertyFormat.Int8, "-128", null)]
    [InlineData(PropertyFormat.Int8, "-129", "-129 is outside the int8 range -128..127")]
    [InlineData(PropertyFormat.Int16, "32768", "32768 is outside the int16 range -32768..32767")]
    [InlineData(PropertyFormat.Uint16, "-1", "-1 is outside the uint16 range 0..65535")]
    [InlineData(PropertyFormat.Int32, "-2147483648", null)]
    [InlineData(PropertyFormat.Uint32, "4294967295", null)]
    [InlineData(PropertyFormat.Uint32, "4294967296", "4294967296 is outside the uint32 range 0..4294967295")]
    public void FormatBoundsApplyEvenWithoutARange(PropertyFormat format, string value, string? message)
    {
        var spec = new ProfileValueSpec(format);
        var errors = new List<ProfileError>();

        ProfileValueValidator.ValidateValue(spec, Json(value), "$", errors);

        Assert.Equal(message is null ? [] : [new ProfileError("$", message)], errors);
    }

    [Fact]
    public void ALoneSurrogateInACommandIsAnErrorNotAnException()
    {
        Assert.Equal(
            [new ProfileError("$.value", "is not valid text (a lone surrogate escape)")],
            ProfileValueValidator.ValidateSet(Property("label"), Json("\"\\uD800\"")));
        Assert.Equal(
            [new ProfileError("$.arguments", "an argument name is not valid text (a lone surrogate escape)"),
             new ProfileError("$.arguments.text", "required argument is missing")],
            ProfileValueValidator.ValidateActionInput(Action("play-text"), Json("{\"\\uDC00\":1}")));
    }

    private static ProfileProperty Property(string name) =>
        Profile.FindProperty("light", name) ?? throw new InvalidOperationException(name);

    private static ProfileAction Action(string name) => Profile.FindAction("light", name)!;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
