using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>A throw-away CA and a server certificate for "localhost" / 127.0.0.1 signed by it, as PEM files for mosquitto.</summary>
internal sealed class TestCertificates : IDisposable
{
    private TestCertificates(string directory, X509Certificate2 ca)
    {
        Directory = directory;
        Ca = ca;
    }

    public string Directory { get; }

    public X509Certificate2 Ca { get; }

    public string CaFile => Path.Combine(Directory, "ca.crt");

    public string CertificateFile => Path.Combine(Directory, "server.crt");

    public string KeyFile => Path.Combine(Directory, "server.key");

    public static TestCertificates Create()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("aiothub-tls-").FullName;
        var now = DateTimeOffset.UtcNow;

        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=AiotHub Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(ca, now.AddDays(-1), now.AddDays(7), RandomNumberGenerator.GetBytes(8));

        var certificates = new TestCertificates(directory, ca);
        File.WriteAllText(certificates.CaFile, ca.ExportCertificatePem());
        File.WriteAllText(certificates.CertificateFile, server.ExportCertificatePem());
        File.WriteAllText(certificates.KeyFile, serverKey.ExportPkcs8PrivateKeyPem());
        return certificates;
    }

    public void Dispose()
    {
        Ca.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
