using System.Text;
using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Firmware;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>The device message handler with an <see cref="OtaChannel"/>: valid statuses go in, bad ones are counted against the device.</summary>
public sealed class OtaStatusHandlingTests
{
    private readonly DeviceRegistry _registry;
    private readonly OtaChannel _channel = new();
    private readonly DeviceMessageHandler _handler;

    public OtaStatusHandlingTests()
    {
        _registry = new DeviceRegistry(ProfileCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "device-profiles"), out _));
        _handler = new DeviceMessageHandler(_registry, "aiot", NullLogger.Instance, _channel);
        Assert.True(Handle("aiot/lamp-1/announce", """{"model":"aiot.light.ceiling1","firmware":"1.4.2"}"""));
    }

    [Fact]
    public void AValidStatusReachesTheChannelAsTheDevicesReport()
    {
        Assert.True(Handle("aiot/lamp-1/ota/status", """{"job":"j-1","state":"downloading","progress":30}"""));

        Assert.True(_channel.Reports.TryRead(out var report));
        Assert.Equal(("lamp-1", "j-1", OtaState.Downloading, (int?)30), (report.DeviceId, report.JobId, report.State, report.Progress));
        Assert.Equal(0, _handler.Malformed);
    }

    [Theory]
    [InlineData("""{"job":"j-1","state":"succeeded"}""")]
    [InlineData("""{"job":"j-1","state":"downloading","progress":101}""")]
    [InlineData("""not json""")]
    public void AnInvalidStatusIsCountedAgainstTheDeviceAndGoesNoFurther(string payload)
    {
        Assert.False(Handle("aiot/lamp-1/ota/status", payload));

        Assert.False(_channel.Reports.TryRead(out _));
        Assert.Equal(1, _handler.Malformed);
        Assert.True(_registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(1, device.Counters.MalformedMessages);
    }

    [Fact]
    public void TheHubsOwnOtaCommandSeenThroughTheWildcardIsNotAReport()
    {
        Assert.True(Handle("aiot/lamp-1/ota", """{"op":"apply","job":"j-1"}"""));

        Assert.False(_channel.Reports.TryRead(out _));
        Assert.Equal(0, _handler.Malformed);
    }

    private bool Handle(string topic, string payload) => _handler.Handle(topic, Encoding.UTF8.GetBytes(payload));
}
