using System.Text.Json;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Firmware;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>docs/mqtt-protocol.md "Firmware updates", hub → device: the topic and JSON of each op.</summary>
public sealed class OtaCommandWriterTests
{
    private const string Sha = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    [Fact]
    public void AnOfferCarriesTheVersionSizeLowercaseHashAndUrlOnTheDevicesOtaTopic()
    {
        var offer = new OtaCommand("lamp-1", OtaCommandKind.Offer, "j-1", "1.5.0", 1_048_576, Sha, "http://127.0.0.1:8080/ota/v1/abc");

        Assert.Equal("home/aiot/lamp-1/ota", OtaCommandWriter.Topic("home/aiot", offer));
        using var json = JsonDocument.Parse(OtaCommandWriter.Payload(offer));
        var root = json.RootElement;
        Assert.Equal("offer", root.GetProperty("op").GetString());
        Assert.Equal("j-1", root.GetProperty("job").GetString());
        Assert.Equal("1.5.0", root.GetProperty("version").GetString());
        Assert.Equal(1_048_576, root.GetProperty("size").GetInt64());
        Assert.Equal(Sha.ToLowerInvariant(), root.GetProperty("sha256").GetString());
        Assert.Equal("http://127.0.0.1:8080/ota/v1/abc", root.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData(OtaCommandKind.Apply, """{"op":"apply","job":"j-2"}""")]
    [InlineData(OtaCommandKind.Cancel, """{"op":"cancel","job":"j-2"}""")]
    [InlineData(OtaCommandKind.Rollback, """{"op":"rollback","job":"j-2"}""")]
    public void ApplyCancelAndRollbackCarryOnlyTheOpAndJob(OtaCommandKind kind, string expected) =>
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(OtaCommandWriter.Payload(new OtaCommand("lamp-1", kind, "j-2"))));

    [Fact]
    public void ARollbackNamesTheTargetVersionWhenKnown() =>
        Assert.Equal("""{"op":"rollback","job":"j-3","version":"1.4.2"}""",
            System.Text.Encoding.UTF8.GetString(OtaCommandWriter.Payload(new OtaCommand("lamp-1", OtaCommandKind.Rollback, "j-3", "1.4.2"))));

    [Theory]
    [InlineData(null, 10L, Sha, "http://h/x")]
    [InlineData("1.5.0", 0L, Sha, "http://h/x")]
    [InlineData("1.5.0", 10L, "abc", "http://h/x")]
    [InlineData("1.5.0", 10L, Sha, null)]
    public void AnOfferMissingAFieldIsRefusedRatherThanSent(string? version, long size, string sha, string? url) =>
        Assert.Throws<ArgumentException>(() => OtaCommandWriter.Payload(new OtaCommand("lamp-1", OtaCommandKind.Offer, "j-4", version, size, sha, url)));
}
