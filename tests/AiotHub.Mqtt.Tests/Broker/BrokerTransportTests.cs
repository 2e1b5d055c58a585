using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerTransportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(".pfx")]
    [InlineData(".pem")]
    public async Task TlsListenerServesMqttWithACertificateFile(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aiothub-broker-{Guid.NewGuid():N}{extension}");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            if (extension == ".pfx")
            {
                await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pw"), Token);
            }
            else
            {
                await File.WriteAllTextAsync(path, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem(), Token);
            }
        }

        try
        {
            await using var broker = await TestBroker.StartAsync(o =>
            {
                o.TlsPort = 0;
                o.TlsCertificatePath = path;
                o.TlsCertificatePassword = extension == ".pfx" ? "pw" : null;
            });
            Assert.Equal(2, broker.Broker.LocalEndPoints.Count);
            var tlsEndPoint = broker.Broker.LocalEndPoints[1];

            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, tlsEndPoint.Port, Token);
            string? thumbprint;
            using (var loaded = extension == ".pfx" ? X509CertificateLoader.LoadPkcs12FromFile(path, "pw") : X509Certificate2.CreateFromPemFile(path))
            {
                thumbprint = loaded.Thumbprint;
            }

            // Self-signed: trust exactly the certificate the broker was given.
            await using var ssl = new SslStream(tcp.GetStream(), false, (_, certificate, _, _) =>
                certificate is not null && string.Equals(certificate.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase));
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, Token);
            await using var transport = new MqttTransportConnection(ssl, tcp.Client.RemoteEndPoint);
            MqttPacketWriter.Write(transport.Output, new MqttConnectPacket { ClientId = "tls" }, MqttProtocolVersion.V500);
            await transport.Output.FlushAsync(Token);

            while (true)
            {
                var result = await transport.Input.ReadAsync(Token);
                var buffer = result.Buffer;
                if (MqttPacketReader.TryRead(ref buffer, MqttProtocolVersion.V500, 1 << 20, out var packet))
                {
                    Assert.Equal(MqttReasonCode.Success, Assert.IsType<MqttConnAckPacket>(packet).ReasonCode);
                    transport.Input.AdvanceTo(buffer.Start);
                    break;
                }

                Assert.False(result.IsCompleted, "closed before CONNACK");
                transport.Input.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task BrokerBoundToPortZeroReportsTheRealPort()
    {
        await using var broker = await TestBroker.StartAsync();
        var endPoint = Assert.Single(broker.Broker.LocalEndPoints);
        Assert.NotEqual(0, endPoint.Port);
        Assert.Equal(IPAddress.Loopback, endPoint.Address);
    }

    [Fact]
    public async Task RoutingAQoS0MessageToOneSubscriberAllocatesLittle()
    {
        await using var broker = await TestBroker.StartAsync(o => o.MaximumQueuedMessagesPerClient = 100_000);
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await subscriber.SubscribeAsync("bench/+/value", MqttQualityOfService.AtMostOnce, Token);
        var message = new MqttPublishPacket { Topic = "bench/a/value", Payload = new byte[16] };
        const int Count = 20_000;

        // Warm up (JIT, queue capacity), then measure the routing path on this thread alone.
        for (var i = 0; i < Count; i++)
        {
            broker.Broker.Route(message, null, 0);
        }

        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesOut >= Count, "the warm-up is delivered");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Count; i++)
        {
            broker.Broker.Route(message, null, 0);
        }

        var perMessage = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Count;
        Assert.True(perMessage <= 64, $"{perMessage:F1} bytes per routed message");
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesOut >= 2 * Count, "everything is delivered");
    }
}
