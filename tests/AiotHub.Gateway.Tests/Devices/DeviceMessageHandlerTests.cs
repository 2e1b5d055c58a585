using System.Text;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>The handler alone, over a registry: hostile payloads are refused and counted, never thrown.</summary>
public sealed class DeviceMessageHandlerTests
{
    private readonly DeviceRegistry _registry;
    private readonly DeviceMessageHandler _handler;

    public DeviceMessageHandlerTests()
    {
        var profiles = Path.Combine(AppContext.BaseDirectory, "device-profiles");
        _registry = new DeviceRegistry(ProfileCatalog.LoadDirectory(profiles, out _));
        _handler = new DeviceMessageHandler(_registry, "aiot", NullLogger.Instance);
        Assert.True(Handle("aiot/lamp-1/announce", """{"model":"aiot.light.ceiling1"}"""));
        Assert.True(Handle("aiot/lamp-1/availability", """{"state":"online"}"""));
    }

    [Theory]
    [InlineData("aiot/lamp-1/properties", """{"values":{"\uD800":1}}""")]
    [InlineData("aiot/lamp-1/properties", """{"values":{"light.on":true},"ts":"yesterday"}""")]
    [InlineData("aiot/lamp-1/properties", """{"values":{"light.on":true},"ts":-5}""")]
    [InlineData("aiot/lamp-1/announce", """{"model":42}""")]
    [InlineData("aiot/lamp-1/announce", """{"model":"aiot.light.ceiling1","profileVersion":0}""")]
    [InlineData("aiot/lamp-1/availability", """{"state":"sleepy"}""")]
    [InlineData("aiot/lamp-1/reply", """{"code":0}""")]
    [InlineData("aiot/lamp-1/reply", """{"id":"c-1","code":"0"}""")]
    [InlineData("aiot/lamp-1/properties", "{\"values\":" + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]" + "}")]
    [InlineData("aiot/lamp!/properties", """{"values":{}}""")]
    public void AHostileMessageIsRefusedAndCounted(string topic, string payload)
    {
        Assert.False(Handle(topic, payload));

        Assert.Equal(1, _handler.Malformed);
        Assert.True(_registry.TryGetDevice("lamp-1", out var device));
        Assert.Empty(device.Properties);
        Assert.Equal(AvailabilityState.Online, device.Availability.State);
    }

    [Fact]
    public void AnEmptyRetainedAnnounceOrAvailabilityIsAClearNotAnError()
    {
        Assert.True(Handle("aiot/lamp-1/announce", ""));
        Assert.True(Handle("aiot/lamp-1/availability", ""));

        Assert.Equal(0, _handler.Malformed);
    }

    [Fact]
    public void TimestampsMayBeUnixMilliseconds()
    {
        Assert.True(Handle("aiot/lamp-1/properties", """{"values":{"light.on":true},"ts":1764574200125}"""));

        Assert.True(_registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764574200125), device.Properties["light.on"].Reported!.Timestamp);
    }

    private bool Handle(string topic, string payload) => _handler.Handle(topic, Encoding.UTF8.GetBytes(payload));
}
