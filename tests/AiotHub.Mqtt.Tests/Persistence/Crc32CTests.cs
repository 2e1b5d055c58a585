using System.Text;
using AiotHub.Mqtt.Broker.Persistence;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class Crc32CTests
{
    [Fact]
    public void ChecksumOfTheStandardCheckStringIsTheCastagnoliCheckValue() =>
        Assert.Equal(0xE3069283u, Crc32C.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void HardwareAndTablePathsAgreeOnAnyInput()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), data =>
            Crc32C.Compute(data) == ~Crc32C.AppendWithTable(~0u, data));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void AppendingInPiecesEqualsComputingAtOnce()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<int>(), (data, split) =>
        {
            var at = data.Length == 0 ? 0 : Math.Abs(split % data.Length);
            var crc = Crc32C.Append(~0u, data.AsSpan(0, at));
            return ~Crc32C.Append(crc, data.AsSpan(at)) == Crc32C.Compute(data);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
