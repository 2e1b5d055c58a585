using System.Collections.Concurrent;
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

/// <summary>What <see cref="MqttBrokerOptions.Authenticate"/> is shown of a CONNECT: <see cref="MqttConnectContext"/>.</summary>
public sealed class BrokerConnectContextTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuthenticateSeesWhatTheConnectPresents()
    {
        var seen = new ConcurrentQueue<MqttConnectContext>();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumSessionExpiryInterval = 100;
            o.Authenticate = c =>
            {
                seen.Enqueue(c);
                return MqttReasonCode.Success;
            };
        });
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ClientId = "lamp-1",
            UserName = "lamp",
            Password = "secret"u8.ToArray(),
            CleanSession = false,
            SessionExpiryInterval = 1000,
            Will = new MqttWillMessage { Topic = "lamps/lamp-1/availability", Payload = "offline"u8.ToArray() },
        }, Token);
        await client.DisposeAsync();
        (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "old", CleanSession = false }, Token);
        await client.DisposeAsync();

        var contexts = seen.ToArray();
        var v5 = contexts[0];
        Assert.Equal(("lamp-1", "lamp"), (v5.ClientId, v5.UserName));
        Assert.Equal("secret"u8.ToArray(), v5.Password);
        Assert.Equal(MqttProtocolVersion.V500, v5.ProtocolVersion);
        Assert.False(v5.CleanStart);
        Assert.Equal(100u, v5.SessionExpiryInterval); // what the broker grants (§3.2.2.3.2), not the 1,000 asked for
        Assert.Equal("lamps/lamp-1/availability", v5.WillTopic);
        Assert.False(v5.IsTls);
        Assert.Null(v5.ClientCertificate);
        Assert.True(v5.IsLoopback);
        Assert.Equal(IPAddress.Loopback, Assert.IsType<IPEndPoint>(v5.RemoteEndPoint).Address);

        var v311 = contexts[1];
        Assert.Equal((MqttProtocolVersion.V311, 100u, (string?)null, (string?)null), (v311.ProtocolVersion, v311.SessionExpiryInterval, v311.UserName, v311.WillTopic));
    }

    [Fact]
    public async Task OnADualModeListenerAnIpv4LoopbackClientArrivesMappedAndCountsAsLoopback()
    {
        var seen = new ConcurrentQueue<MqttConnectContext>();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.Address = IPAddress.IPv6Any;
            o.Authenticate = c =>
            {
                seen.Enqueue(c);
                return MqttReasonCode.Success;
            };
        });
        var port = broker.EndPoint.Port;
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            await using var client = await RawMqttClient.ConnectAsync(new IPEndPoint(address, port), "c-" + address.AddressFamily, cancellationToken: Token);
        }

        var contexts = seen.ToArray();
        var mapped = Assert.IsType<IPEndPoint>(contexts[0].RemoteEndPoint).Address;
        Assert.True(mapped.IsIPv4MappedToIPv6, $"{mapped} is not IPv4-mapped");
        Assert.Equal(IPAddress.Parse("::ffff:127.0.0.1"), mapped);
        Assert.True(contexts[0].IsLoopback);
        Assert.Equal(IPAddress.IPv6Loopback, Assert.IsType<IPEndPoint>(contexts[1].RemoteEndPoint).Address);
        Assert.True(contexts[1].IsLoopback);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:127.1.2.3", true)]
    [InlineData("192.168.1.10", false)]
    [InlineData("::ffff:192.168.1.10", false)]
    [InlineData("fd00::2", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::", false)]
    public void OnlyALoopbackAddressInEitherFormIsLoopback(string address, bool expected)
    {
        var context = Context(new IPEndPoint(IPAddress.Parse(address), 50000));
        Assert.Equal(expected, context.IsLoopback);
    }

    [Fact]
    public void AnEndPointThatIsNoAddressIsNotLoopback()
    {
        Assert.False(Context(null).IsLoopback);
        Assert.False(Context(new DnsEndPoint("localhost", 1883)).IsLoopback);
    }

    [Fact]
    public async Task AClientCertificateOnTheTlsListenerReachesAuthenticateWhichJudgesItsIssuer()
    {
        using var pki = TestPki.Create();
        var seen = new ConcurrentQueue<MqttConnectContext>();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.TlsPort = 0;
            o.TlsCertificatePath = pki.ServerPfxPath;
            o.RequestClientCertificate = true;
            o.Authenticate = c =>
            {
                seen.Enqueue(c);
                if (c.ClientCertificate is not { } certificate)
                {
                    return c.UserName == "lamp" ? MqttReasonCode.Success : MqttReasonCode.NotAuthorized;
                }

                // The broker leaves the issuer to us: here, the device CA, and the subject must name the client id.
                return pki.IssuedByCa(certificate) && certificate.GetNameInfo(X509NameType.SimpleName, false) == c.ClientId
                    ? MqttReasonCode.Success
                    : MqttReasonCode.NotAuthorized;
            };
        });
        var tlsPort = broker.Broker.LocalEndPoints[1].Port;

        Assert.Equal(MqttReasonCode.Success, await pki.ConnectOverTlsAsync(tlsPort, "lamp-1", pki.Device, userName: null, Token));
        var context = seen.Last();
        Assert.True(context.IsTls);
        Assert.True(context.IsLoopback);
        Assert.Equal(pki.Device.Thumbprint, context.ClientCertificate?.Thumbprint);

        Assert.Equal(MqttReasonCode.NotAuthorized, await pki.ConnectOverTlsAsync(tlsPort, "lamp-1", pki.Rogue, userName: null, Token));
        Assert.Equal(pki.Rogue.Thumbprint, seen.Last().ClientCertificate?.Thumbprint);
        Assert.Equal(MqttReasonCode.NotAuthorized, await pki.ConnectOverTlsAsync(tlsPort, "lamp-2", pki.Device, userName: null, Token));

        // Asked for, not demanded: a client without a certificate connects with a password instead.
        Assert.Equal(MqttReasonCode.Success, await pki.ConnectOverTlsAsync(tlsPort, "lamp-3", null, userName: "lamp", Token));
        Assert.Null(seen.Last().ClientCertificate);
        Assert.True(seen.Last().IsTls);
    }

    [Fact]
    public async Task WithoutRequestClientCertificateNoCertificateIsAskedFor()
    {
        using var pki = TestPki.Create();
        var seen = new ConcurrentQueue<MqttConnectContext>();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.TlsPort = 0;
            o.TlsCertificatePath = pki.ServerPfxPath;
            o.Authenticate = c =>
            {
                seen.Enqueue(c);
                return MqttReasonCode.Success;
            };
        });

        Assert.Equal(MqttReasonCode.Success, await pki.ConnectOverTlsAsync(broker.Broker.LocalEndPoints[1].Port, "lamp-1", pki.Device, userName: null, Token));
        Assert.True(Assert.Single(seen).IsTls);
        Assert.Null(seen.Single().ClientCertificate);
    }

    private static MqttConnectContext Context(EndPoint? remote) =>
        new("c", null, null, remote, null, false, MqttProtocolVersion.V500, true, 0, null);

    /// <summary>A throwaway device CA with one device certificate, a self-signed rogue one and a server certificate.</summary>
    private sealed class TestPki : IDisposable
    {
        private TestPki(X509Certificate2 ca, X509Certificate2 device, X509Certificate2 rogue, X509Certificate2 server, string serverPfxPath)
        {
            Ca = ca;
            Device = device;
            Rogue = rogue;
            Server = server;
            ServerPfxPath = serverPfxPath;
        }

        public X509Certificate2 Ca { get; }

        public X509Certificate2 Device { get; }

        public X509Certificate2 Rogue { get; }

        public X509Certificate2 Server { get; }

        public string ServerPfxPath { get; }

        public static TestPki Create()
        {
            var now = DateTimeOffset.UtcNow;
            using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var caRequest = new CertificateRequest("CN=AiotHub Test Device CA", caKey, HashAlgorithmName.SHA256);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
            var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));

            using var deviceKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var deviceRequest = ClientRequest("CN=lamp-1", deviceKey);
            using var issued = deviceRequest.Create(ca, now.AddDays(-1), now.AddDays(7), RandomNumberGenerator.GetBytes(8));
            var device = Reload(issued.CopyWithPrivateKey(deviceKey));

            using var rogueKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var rogue = Reload(ClientRequest("CN=lamp-1", rogueKey).CreateSelfSigned(now.AddDays(-1), now.AddDays(7)));

            using var serverKey = RSA.Create(2048);
            var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var server = serverRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
            var path = Path.Combine(Path.GetTempPath(), $"aiothub-broker-{Guid.NewGuid():N}.pfx");
            File.WriteAllBytes(path, server.Export(X509ContentType.Pfx));
            return new TestPki(ca, device, rogue, server, path);
        }

        public bool IssuedByCa(X509Certificate2 certificate)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(Ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(certificate);
        }

        /// <summary>Connects over TLS (trusting exactly the server certificate), presenting <paramref name="certificate"/> if any; returns the CONNACK code.</summary>
        public async Task<MqttReasonCode> ConnectOverTlsAsync(int port, string clientId, X509Certificate2? certificate, string? userName, CancellationToken cancellationToken)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            await using var ssl = new SslStream(tcp.GetStream(), false,
                (_, presented, _, _) => presented is not null && presented.GetCertHashString() == Server.GetCertHashString(),
                (_, _, _, _, _) => certificate!);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                ClientCertificates = certificate is null ? null : [certificate],
            }, cancellationToken);
            await using var transport = new MqttTransportConnection(ssl, tcp.Client.RemoteEndPoint);
            MqttPacketWriter.Write(transport.Output, new MqttConnectPacket
            {
                ClientId = clientId,
                UserName = userName,
                Password = userName is null ? null : "pw"u8.ToArray(),
            }, MqttProtocolVersion.V500);
            await transport.Output.FlushAsync(cancellationToken);
            while (true)
            {
                var result = await transport.Input.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                if (MqttPacketReader.TryRead(ref buffer, MqttProtocolVersion.V500, 1 << 20, out var packet))
                {
                    transport.Input.AdvanceTo(buffer.Start);
                    return Assert.IsType<MqttConnAckPacket>(packet).ReasonCode;
                }

                Assert.False(result.IsCompleted, "closed before CONNACK");
                transport.Input.AdvanceTo(buffer.Start, buffer.End);
            }
        }

        public void Dispose()
        {
            Ca.Dispose();
            Device.Dispose();
            Rogue.Dispose();
            Server.Dispose();
            File.Delete(ServerPfxPath);
        }

        private static CertificateRequest ClientRequest(string subject, ECDsa key)
        {
            var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, false));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false)); // client auth
            return request;
        }

        /// <summary>Through PKCS#12, so the private key is one the platform's TLS can use.</summary>
        private static X509Certificate2 Reload(X509Certificate2 certificate)
        {
            using (certificate)
            {
                return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
            }
        }
    }
}
