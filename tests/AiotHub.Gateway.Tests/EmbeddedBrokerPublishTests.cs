using System.Globalization;
using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests;

/// <summary>The hub's own messages (published in-process through the hosted broker) reach real devices.</summary>
public sealed class EmbeddedBrokerPublishTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARetainedMessageTheHubPublishesInProcessReachesAMosquittoSubscriber()
    {
        var mosquittoSub = Requires.Executable("mosquitto_sub", "mosquitto-clients");
        await using var hub = new GatewayFactory();
        using var http = hub.CreateClient();
        var broker = hub.Services.GetRequiredService<EmbeddedBrokerService>().Broker!;

        await broker.PublishAsync(new MqttApplicationMessage
        {
            Topic = "aiothub/status",
            Payload = "online"u8.ToArray(),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Retain = true,
        }, Ct);

        var port = broker.LocalEndPoints[0].Port.ToString(CultureInfo.InvariantCulture);
        await using var device = ChildProcess.Start(mosquittoSub, ["-h", "127.0.0.1", "-p", port, "-V", "mqttv5", "-q", "1", "-t", "aiothub/#", "-C", "1", "-W", "20", "-F", "%t %r %p"]);
        Assert.Equal(0, await device.WaitForExitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Equal("aiothub/status 1 online", Assert.Single(device.Lines));
    }
}
