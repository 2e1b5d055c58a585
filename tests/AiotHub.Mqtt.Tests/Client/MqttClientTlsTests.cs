using System.Security.Authentication;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MqttClientTlsTests
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ClientTrustingTheTestCaConnectsOverTlsAndRoundTripsAMessage(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        using var certificates = TestCertificates.Create();
        await using var broker = await StartTlsBrokerAsync(certificates, ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version, o =>
        {
            o.UseTls = true;
            o.TlsTargetHost = "localhost";
            o.TlsCaCertificate = certificates.Ca;
        });
        var received = new ReceivedMessages(client);
        var topic = ClientFactory.UniqueTopic("tls");

        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);
        await client.PublishAsync(ClientFactory.Message(topic, "encrypted", MqttQualityOfService.AtLeastOnce), ct);

        Assert.Equal("encrypted", Assert.Single(await received.WaitForTopicAsync(topic)).Text());
    }

    [Fact]
    public async Task ClientWithoutTheCaRefusesTheServerCertificate()
    {
        var ct = TestContext.Current.CancellationToken;
        using var certificates = TestCertificates.Create();
        await using var broker = await StartTlsBrokerAsync(certificates, ct);
        var options = ClientFactory.Options(broker.Port, MqttProtocolVersion.V500);
        options.UseTls = true;
        options.TlsTargetHost = "localhost";
        await using var client = new MqttClient(options);

        await Assert.ThrowsAsync<AuthenticationException>(() => client.ConnectAsync(ct));
        Assert.False(client.IsConnected);
    }

    private static Task<MosquittoBroker> StartTlsBrokerAsync(TestCertificates certificates, CancellationToken ct)
    {
        var options = new MosquittoBrokerOptions();
        // These apply to the listener defined last: the fixture's only one.
        options.ExtraConfigLines.Add($"cafile {certificates.CaFile}");
        options.ExtraConfigLines.Add($"certfile {certificates.CertificateFile}");
        options.ExtraConfigLines.Add($"keyfile {certificates.KeyFile}");
        return MosquittoBroker.StartAsync(options, ct);
    }
}
