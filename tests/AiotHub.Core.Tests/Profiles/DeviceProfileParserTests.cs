using System.Text;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

public sealed class DeviceProfileParserTests
{
    [Fact]
    public void AValidDocumentBecomesTheModelItDescribes()
    {
        var result = DeviceProfileParser.Parse(ProfileSamples.Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        var profile = result.Profile;
        Assert.Equal(("acme.light.lamp1", "light", 3, "Desk lamp"), (profile.Model, profile.Type, profile.Version, profile.Description));
        Assert.Equal(new ProfileManufacturer("Acme", "https://acme.example", "Acme Lamp"), profile.Manufacturer);
        Assert.Equal(["light", "battery"], profile.Services.Select(s => s.Name));

        var brightness = profile.FindProperty("light", "brightness")!;
        Assert.Equal(2, brightness.Iid);
        Assert.Equal(PropertyFormat.Uint8, brightness.Value.Format);
        Assert.Equal(PropertyAccess.Read | PropertyAccess.Write | PropertyAccess.Notify, brightness.Access);
        Assert.Equal("percentage", brightness.Value.Unit);
        Assert.Equal(new ValueRange(1, 100, 1), brightness.Value.Range);
        Assert.False(brightness.Telemetry);

        var mode = profile.FindProperty("light", "mode")!;
        Assert.Equal([new ValueListItem(0, "Day"), new ValueListItem(1, "Night")], mode.Value.List);
        Assert.True(mode.CanWrite);
        Assert.False(mode.Notifies);

        Assert.Equal(8, profile.FindProperty("light", "label")!.Value.EffectiveMaxLength);
        var playText = profile.FindAction("light", "play-text")!;
        Assert.Equal(["text", "volume"], playText.In.Select(a => a.Name));
        Assert.True(playText.In[1].Optional);
        Assert.Equal("accepted", Assert.Single(playText.Out).Name);
        Assert.Equal("text", Assert.Single(profile.FindEvent("light", "voice-command")!.Arguments).Name);
        Assert.Equal(
            ["light.on", "light.temperature", "battery.battery-level"],
            profile.TelemetryProperties().Select(t => t.Service.Name + "." + t.Property.Name));
    }

    [Fact]
    public void WholeNumbersWrittenWithAFractionOrExponentAreIntegers()
    {
        var json = ProfileSamples.Valid
            .Replace("\"version\": 3", "\"version\": 3.0", StringComparison.Ordinal)
            .Replace("[1, 100, 1]", "[1e0, 1E2, 1.00]", StringComparison.Ordinal);

        var result = DeviceProfileParser.Parse(json);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Profile.Version);
        Assert.Equal(new ValueRange(1, 100, 1), result.Profile.FindProperty("light", "brightness")!.Value.Range);
    }

    [Fact]
    public void MembersCanBeFoundByIidForCompactTopics()
    {
        var profile = DeviceProfileParser.Parse(ProfileSamples.Valid).Profile!;

        Assert.Equal("battery", profile.FindService(2)!.Name);
        Assert.Equal("battery-level", profile.FindService(2)!.FindProperty(1)!.Name);
        Assert.Equal("play-text", profile.FindService(1)!.FindAction(2)!.Name);
        Assert.Equal("voice-command", profile.FindService(1)!.FindEvent(1)!.Name);
        Assert.Null(profile.FindService(3));
        Assert.Null(profile.FindService(1)!.FindProperty(7));
    }

    [Fact]
    public void LookupsOfUnknownNamesReturnNull()
    {
        var profile = DeviceProfileParser.Parse(ProfileSamples.Valid).Profile!;

        Assert.Null(profile.FindService("fan"));
        Assert.Null(profile.FindProperty("light", "volume"));
        Assert.Null(profile.FindAction("battery", "toggle"));
        Assert.Null(profile.FindEvent("light", "toggle"));
    }

    [Fact]
    public void AUtf8ByteOrderMarkIsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ProfileSamples.Valid)).ToArray();

        Assert.True(DeviceProfileParser.Parse(bytes).IsValid);
    }

    [Fact]
    public async Task AStreamParsesLikeBytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ProfileSamples.Valid));

        var result = await DeviceProfileParser.ParseAsync(stream, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void AMissingFileIsAnErrorNotAnException()
    {
        var result = DeviceProfileParser.ParseFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json"));

        Assert.Equal([new ProfileError("$", "file not found")], result.Errors);
    }
}
