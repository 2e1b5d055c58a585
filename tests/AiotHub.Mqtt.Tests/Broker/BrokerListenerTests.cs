using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>Opening the listeners: a port that cannot be opened is reported by name, and nothing is left open.</summary>
public sealed class BrokerListenerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APortInUseEndsTheStartWithAMessageNamingTheAddressAndPort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var broker = new MqttBroker(new MqttBrokerOptions { Address = IPAddress.Loopback, Port = port });

        var ex = await Assert.ThrowsAsync<MqttListenerException>(() => broker.StartAsync(Token));

        Assert.Equal($"MQTT port {port} on 127.0.0.1 is already in use.", ex.Message);
        Assert.Equal(SocketError.AddressAlreadyInUse, Assert.IsType<SocketException>(ex.InnerException).SocketErrorCode);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, port), ex.EndPoint);
        Assert.False(ex.IsTls);
        Assert.Empty(broker.LocalEndPoints);
    }

    [Fact]
    public async Task ATlsPortInUseIsNamedAsSuchAndThePlainListenerIsClosedAgain()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aiothub-broker-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            using var certificate = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx), Token);
        }

        try
        {
            using var taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            var tlsPort = ((IPEndPoint)taken.LocalEndpoint).Port;
            var plainPort = FreePort();
            await using var broker = new MqttBroker(new MqttBrokerOptions
            {
                Address = IPAddress.Loopback, Port = plainPort, TlsPort = tlsPort, TlsCertificatePath = path,
            });

            var ex = await Assert.ThrowsAsync<MqttListenerException>(() => broker.StartAsync(Token));

            Assert.Equal($"MQTT TLS port {tlsPort} on 127.0.0.1 is already in use.", ex.Message);
            Assert.True(ex.IsTls);
            using var again = new TcpListener(IPAddress.Loopback, plainPort);
            again.Start(); // the plain listener was closed when the start failed
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
