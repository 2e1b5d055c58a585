using AiotHub.Core.Firmware;
using AiotHub.Gateway.Firmware;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Gateway.Tests.Identity;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// The real hub's edge for firmware updates (docs/mqtt-protocol.md "Firmware updates"): a command on the
/// <see cref="OtaChannel"/> reaches the device on its <c>ota</c> topic, the device's status comes back typed, and the
/// identity-bound rules keep each device to its own status and off the hub's <c>ota</c>. The tests read the channel's
/// reports themselves, in the rollout engine's place (<see cref="OtaHub"/>).
/// </summary>
public sealed class OtaEdgeTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DeviceHub.Links), MemberType = typeof(DeviceHub))]
    public async Task AnOfferReachesTheDeviceAndItsStatusComesBackTyped(AiotHub.Gateway.Devices.DeviceLinkKind link)
    {
        await using var ota = new OtaHub(link);
        var (hub, channel) = (ota.Hub, ota.Channel);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        Assert.True(channel.TrySend(new OtaCommand("lamp-1", OtaCommandKind.Offer, "j-1", "1.5.0", 4096, Sha, "http://127.0.0.1:1/ota/v1/t")));
        var offer = await lamp.NextOnAsync("ota", Ct);
        Assert.Equal("offer", offer.GetProperty("op").GetString());
        Assert.Equal("j-1", offer.GetProperty("job").GetString());
        Assert.Equal(Sha, offer.GetProperty("sha256").GetString());

        await lamp.PublishAsync("ota/status", """{"job":"j-1","state":"downloading","progress":50}""", Ct);
        await lamp.PublishAsync("ota/status", """{"job":"j-1","state":"failed","code":-4302,"message":"hash mismatch"}""", Ct);

        var first = await NextReportAsync(channel);
        var second = await NextReportAsync(channel);
        Assert.Equal(("lamp-1", "j-1", OtaState.Downloading, (int?)50), (first.DeviceId, first.JobId, first.State, first.Progress));
        Assert.Equal((OtaState.Failed, OtaResultCodes.HashMismatch, "hash mismatch"), (second.State, second.Code, second.Message));
    }

    [Fact]
    public async Task ADeviceMayNotPublishAnothersStatusNorOnAnyOtaTopicOfTheHub()
    {
        await using var ota = new OtaHub();
        var (hub, channel) = (ota.Hub, ota.Channel);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var intruder = await TestDevice.StartAsync(hub.Port, "lamp-2", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await hub.WaitOnlineAsync("lamp-2", Ct);

        Assert.Equal(MqttReasonCode.NotAuthorized, (await DeviceTopicRulesTests.PublishAsync(intruder.Client, "aiot/lamp-1/ota/status",
            """{"job":"j-1","state":"succeeded","firmware":"9.9.9"}""")).ReasonCode);
        Assert.Equal(MqttReasonCode.NotAuthorized, (await DeviceTopicRulesTests.PublishAsync(intruder.Client, "aiot/lamp-1/ota",
            """{"op":"apply","job":"j-1"}""")).ReasonCode);
        // Not even its own ota: only the hub offers, applies, cancels and rolls back.
        Assert.Equal(MqttReasonCode.NotAuthorized, (await DeviceTopicRulesTests.PublishAsync(lamp.Client, "aiot/lamp-1/ota",
            """{"op":"apply","job":"j-1"}""")).ReasonCode);

        // Its own status passes, and it is the only one that arrived.
        Assert.Equal(MqttReasonCode.Success, (await DeviceTopicRulesTests.PublishAsync(intruder.Client, "aiot/lamp-2/ota/status",
            """{"job":"j-2","state":"accepted"}""")).ReasonCode);
        var report = await NextReportAsync(channel);
        Assert.Equal(("lamp-2", "j-2"), (report.DeviceId, report.JobId));
        Assert.False(channel.Reports.TryRead(out _));
    }

    private static async Task<OtaStatusReport> NextReportAsync(OtaChannel channel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Eventually.Timeout);
        return await channel.Reports.ReadAsync(timeout.Token);
    }
}
