using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>MQTT over TLS between our broker (SslStream) and libmosquitto (OpenSSL).</summary>
public sealed class MosquittoClientsTlsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task MosquittoClientsTalkThroughTheTlsListenerWhenTheyTrustItsCertificate(MqttProtocolVersion version)
    {
        InteropBroker.SkipWithReference("the reference fixture has no TLS listener.");
        var directory = Directory.CreateTempSubdirectory("aiothub-tls-").FullName;
        try
        {
            var (serverPem, caFile) = await WriteSelfSignedCertificateAsync(directory);
            await using var broker = await InteropBroker.StartAsync(Ct, serverPem);
            var tlsPort = broker.TlsPort.GetValueOrDefault().ToString(CultureInfo.InvariantCulture);
            string[] tls = ["-p", tlsPort, "--cafile", caFile];

            await using var subscriber = await MosquittoSubscriber.StartAsync(broker, version, ["secure/#"], 2, Ct, count: 1, extraArguments: tls);
            await MosquittoPublisher.PublishAsync(broker, version, "secure/door", "locked", 2, Ct, tls);

            var message = Assert.Single(await subscriber.WaitForExitAsync(Ct));
            Assert.Equal(("secure/door", "locked", 2), (message.Topic, message.Payload, message.Qos));

            // The same port without TLS is refused: it really is the TLS listener.
            var mosquittoPub = Infrastructure.Requires.Executable("mosquitto_pub", "mosquitto-clients");
            await using var plain = ChildProcess.Start(mosquittoPub,
                ["-h", InteropBroker.Host, "-p", tlsPort, "-V", MosquittoArguments.Version(version), "-t", "secure/door", "-m", "open"]);
            Assert.NotEqual(0, await plain.WaitForExitAsync(MosquittoSubscriber.Timeout, Ct));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A self-signed certificate for 127.0.0.1: one PEM with the key for the broker, one without for --cafile.</summary>
    private static async Task<(string ServerPem, string CaFile)> WriteSelfSignedCertificateAsync(string directory)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var caFile = Path.Combine(directory, "ca.pem");
        var serverPem = Path.Combine(directory, "server.pem");
        await File.WriteAllTextAsync(caFile, certificate.ExportCertificatePem(), Ct);
        await File.WriteAllTextAsync(serverPem, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem(), Ct);
        return (serverPem, caFile);
    }
}
