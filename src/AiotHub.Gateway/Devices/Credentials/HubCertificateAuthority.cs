using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// The hub's local certificate authority (docs/security.md "Mutual TLS"): an ECDSA P-256 key and a self-signed CA
/// certificate in <c>{Devices:DataDirectory}/ca/</c>, created at first start (the key file readable only by the
/// hub's user). It signs device certificates from certificate signing requests at pairing (subject
/// <c>CN={device id}</c>, client authentication, <see cref="DeviceCertificateLifetime"/>), issues the TLS
/// listener's certificate when none is configured, and tells whether a client certificate is one of its own.
/// </summary>
internal sealed class HubCertificateAuthority : IDisposable
{
    public const string CertificateFileName = "ca.pem";
    public const string KeyFileName = "ca.key";
    public const string ServerCertificateFileName = "mqtt-server.pem";
    public static readonly TimeSpan DeviceCertificateLifetime = TimeSpan.FromDays(730);
    private static readonly TimeSpan AuthorityLifetime = TimeSpan.FromDays(20 * 365);
    private static readonly TimeSpan ServerCertificateLifetime = TimeSpan.FromDays(397);
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly X509Certificate2 _certificate;
    private readonly ECDsa _key;

    public HubCertificateAuthority(string directory, TimeProvider time)
    {
        _directory = directory;
        _time = time;
        Directory.CreateDirectory(directory);
        var certificatePath = Path.Combine(directory, CertificateFileName);
        var keyPath = Path.Combine(directory, KeyFileName);
        if (!File.Exists(certificatePath) || !File.Exists(keyPath))
            Create(certificatePath, keyPath, time.GetUtcNow());
        _key = ECDsa.Create();
        _key.ImportFromPem(File.ReadAllText(keyPath));
        _certificate = X509Certificate2.CreateFromPem(File.ReadAllText(certificatePath));
        CertificatePem = _certificate.ExportCertificatePem();
    }

    /// <summary>The CA certificate (public), as devices and the API (GET /api/v1/ca.pem) see it.</summary>
    public string CertificatePem { get; }

    public X509Certificate2 Certificate => _certificate;

    /// <summary>
    /// Signs a device certificate for <paramref name="deviceId"/> from a PEM certificate signing request whose
    /// signature checks out and whose key is ECDSA P-256/P-384 or RSA of 2048 bits or more. The subject is always
    /// <c>CN={deviceId}</c>, whatever the request asked for.
    /// </summary>
    /// <exception cref="CryptographicException">The request is not one this CA signs (the message says why).</exception>
    public X509Certificate2 SignDeviceCertificate(string deviceId, string csrPem)
    {
        CertificateRequest request;
        try
        {
            request = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw new CryptographicException("the certificate signing request is not a valid, signed PEM CSR", e);
        }

        CheckKey(request.PublicKey);
        var issued = new CertificateRequest(new X500DistinguishedName($"CN={deviceId}"), request.PublicKey, HashAlgorithmName.SHA256);
        issued.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        issued.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        issued.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ClientAuthentication], false));
        return Sign(issued, DeviceCertificateLifetime);
    }

    /// <summary>
    /// Issues the TLS listener's certificate (localhost, the machine's name, loopback, <paramref name="address"/>) and
    /// writes it with its key to the data directory (readable only by the hub's user); returns the file's path.
    /// A new one each start, so it never expires under a running hub for long.
    /// </summary>
    public string IssueServerCertificate(string? address)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={Environment.MachineName}"), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddDnsName(Environment.MachineName.ToLowerInvariant());
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        if (address is not null && IPAddress.TryParse(address, out var ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any) && !IPAddress.IsLoopback(ip))
            names.AddIpAddress(ip);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuthentication], false));
        using var certificate = Sign(request, ServerCertificateLifetime);
        var path = Path.Combine(_directory, ServerCertificateFileName);
        WriteOwnerOnly(path, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n" + CertificatePem + "\n");
        return path;
    }

    /// <summary>
    /// True when <paramref name="certificate"/> chains to this CA alone, is valid now and allows client
    /// authentication; then its subject's common name and SHA-256 thumbprint (hex, upper case). False for a
    /// certificate from anyone else.
    /// </summary>
    public bool TryReadClientCertificate(X509Certificate2 certificate, out string subject, out string thumbprint)
    {
        subject = "";
        thumbprint = "";
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = _time.GetUtcNow().UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        if (!chain.Build(certificate) || chain.ChainElements.Count != 2 || !chain.ChainElements[^1].Certificate.RawDataMemory.Span.SequenceEqual(_certificate.RawDataMemory.Span))
            return false;
        subject = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        thumbprint = Thumbprint(certificate);
        return subject.Length > 0;
    }

    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public void Dispose()
    {
        _key.Dispose();
        _certificate.Dispose();
    }

    private X509Certificate2 Sign(CertificateRequest request, TimeSpan lifetime)
    {
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_certificate, true, false));
        var now = _time.GetUtcNow();
        var notAfter = now + lifetime < _certificate.NotAfter ? now + lifetime : new DateTimeOffset(_certificate.NotAfter);
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        return request.Create(_certificate.SubjectName, X509SignatureGenerator.CreateForECDsa(_key), now.AddMinutes(-5), notAfter, serial);
    }

    private static void CheckKey(PublicKey key)
    {
        using var ec = key.GetECDsaPublicKey();
        if (ec is not null)
        {
            if (ec.KeySize is not (256 or 384))
                throw new CryptographicException($"an ECDSA key must be on P-256 or P-384 (this one has {ec.KeySize} bits)");
            return;
        }

        using var rsa = key.GetRSAPublicKey();
        if (rsa is null)
            throw new CryptographicException("the key must be ECDSA (P-256, P-384) or RSA");
        if (rsa.KeySize < 2048)
            throw new CryptographicException($"an RSA key must have at least 2048 bits (this one has {rsa.KeySize})");
    }

    private static void Create(string certificatePath, string keyPath, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN=AiotHub local CA ({Environment.MachineName})"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now + AuthorityLifetime);
        // The key first and owner-only from its first byte; the certificate last, so a half-made CA is made again.
        WriteOwnerOnly(keyPath, key.ExportPkcs8PrivateKeyPem() + "\n");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem() + "\n");
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, OwnerOnly);
        File.Move(temporary, path, overwrite: true);
    }
}
