using System.Text;
using AiotHub.Core.Firmware;

namespace AiotHub.Core.Tests.Firmware;

public sealed class FirmwareVersionTests
{
    [Theory]
    [InlineData("1.4.2", "1.4.10")]
    [InlineData("1.4", "1.4.1")]
    [InlineData("v1.9.9", "2.0")]
    [InlineData("0.0.1", "10.1.0.77")]
    public void VersionsCompareNumberByNumber(string older, string newer)
    {
        Assert.True(FirmwareVersion.TryParse(older, out var a));
        Assert.True(FirmwareVersion.TryParse(newer, out var b));
        Assert.True(a < b);
        Assert.True(b > a);
    }

    [Fact]
    public void AMissingPartCountsAsZero()
    {
        Assert.True(FirmwareVersion.TryParse("1.4", out var a));
        Assert.True(FirmwareVersion.TryParse("1.4.0", out var b));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1..2")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2-beta")]
    [InlineData("1.2 ")]
    [InlineData("1.1234567890")]
    [InlineData("-1.0")]
    [InlineData("١.٢")]
    public void AnythingElseIsNotAVersion(string text) => Assert.False(FirmwareVersion.TryParse(text, out _));

    [Fact]
    public void TheSignedStatementIsSixLinesWithTheHashInLowercase()
    {
        var statement = Encoding.UTF8.GetString(FirmwareSignature.Statement("acme.light.bulb1", "1.5.0", null, 1024, "ABCDEF"));
        Assert.Equal("aiothub-firmware-v1\nacme.light.bulb1\n1.5.0\n\n1024\nabcdef\n", statement);
    }
}
