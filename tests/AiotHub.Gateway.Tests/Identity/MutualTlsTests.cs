using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>
/// docs/security.md's certificate recipe, followed with openssl and mosquitto_pub: a CSR sent at pairing comes back
/// signed by the hub's CA, and the device connects to the TLS listener (whose certificate the same CA issued) with it.
/// </summary>
public sealed class MutualTlsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADeviceConnectsWithTheCertificateItGotAtPairingAndOnlyAsItself()
    {
        var openssl = Requires.Executable("openssl", "openssl");
        var mosquittoPub = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        await using var hub = new DeviceHub(("Mqtt:TlsPort", "0"));
        var tlsPort = hub.Services.GetRequiredService<AiotHub.Gateway.Mqtt.EmbeddedBrokerService>().Broker!.LocalEndPoints[1].Port;
        var directory = Directory.CreateTempSubdirectory("aiothub-mtls-").FullName;
        try
        {
            string File(string name) => Path.Combine(directory, name);
            await RunAsync(openssl, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", File("lamp-8.key"), "-out", File("lamp-8.csr"), "-subj", "/CN=anything");

            var code = await PairingTests.CreateCodeAsync(hub);
            var peer = await PairingPeer.PairAsync(hub.Port, code, "lamp-8", "aiot.light.ceiling1", mqtt5: true, Ct, csrPath: File("lamp-8.csr"));
            Assert.Equal(0, peer.Code);
            await System.IO.File.WriteAllTextAsync(File("lamp-8.pem"), peer.Response!.Value.GetProperty("certificate").GetString(), Ct);
            using var http = hub.CreateHttpClient(secret: null);
            var ca = await http.GetStringAsync("/api/v1/ca.pem", Ct);
            Assert.Equal(ca.Trim(), peer.Response.Value.GetProperty("caCertificate").GetString()!.Trim());
            await System.IO.File.WriteAllTextAsync(File("ca.pem"), ca, Ct);
            using (var issued = X509Certificate2.CreateFromPem(peer.Response.Value.GetProperty("certificate").GetString()))
                Assert.Equal("CN=lamp-8", issued.Subject);
            var key = Path.Combine(Path.GetDirectoryName(hub.Services.GetRequiredService<DeviceStore>().Path)!, "ca", "ca.key");
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(key));

            async Task<(int Code, string Output)> PublishAsync(string clientId, params string[] credentials)
            {
                await using var pub = ChildProcess.Start(mosquittoPub,
                [
                    "-h", "127.0.0.1", "-p", tlsPort.ToString(CultureInfo.InvariantCulture), "--cafile", File("ca.pem"), "-V", "mqttv5", "-q", "1",
                    "-i", clientId, "-t", $"aiot/{clientId}/announce", "-m", """{"model":"aiot.light.ceiling1"}""", .. credentials,
                ]);
                var exit = await pub.WaitForExitAsync(TimeSpan.FromSeconds(20), Ct);
                return (exit, pub.Describe());
            }

            var good = await PublishAsync("lamp-8", "--cert", File("lamp-8.pem"), "--key", File("lamp-8.key"));
            Assert.True(good.Code == 0, good.Output);
            Assert.True(await DeviceHub.WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-8", out _), Ct));

            var otherId = await PublishAsync("lamp-9", "--cert", File("lamp-8.pem"), "--key", File("lamp-8.key"));
            Assert.True(otherId.Code != 0, otherId.Output);
            Assert.Contains("identifier not valid", otherId.Output, StringComparison.OrdinalIgnoreCase);

            // A certificate of its own making with the right name is nobody's: lamp-8's id has credentials.
            await RunAsync(openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                "-keyout", File("fake.key"), "-out", File("fake.pem"), "-subj", "/CN=lamp-8");
            var forged = await PublishAsync("lamp-8", "--cert", File("fake.pem"), "--key", File("fake.key"));
            Assert.True(forged.Code != 0, forged.Output);
            Assert.Contains("not authorized", forged.Output, StringComparison.OrdinalIgnoreCase);

            // Rotating replaces the secret and retires the certificate at once.
            using var owner = hub.CreateHttpClient();
            (await owner.PostAsync("/api/v1/homes/home/devices/lamp-8/credentials/rotate", null, Ct)).EnsureSuccessStatusCode();
            var retired = await PublishAsync("lamp-8", "--cert", File("lamp-8.pem"), "--key", File("lamp-8.key"));
            Assert.True(retired.Code != 0, retired.Output);
            Assert.Contains("not authorized", retired.Output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task RunAsync(string executable, params string[] arguments)
    {
        await using var process = ChildProcess.Start(executable, arguments);
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(30), Ct) == 0, process.Describe());
    }
}
