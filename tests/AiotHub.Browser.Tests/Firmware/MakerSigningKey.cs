using System.Diagnostics;

namespace AiotHub.Browser.Tests.Firmware;

/// <summary>
/// A device maker's Ed25519 key made and used with the openssl command line (<c>genpkey -algorithm ed25519</c>,
/// <c>pkeyutl -sign -rawin</c>), as a maker signs a release with its own tools: an independent peer of the hub's
/// verifier. The private key lives in a temporary directory deleted on dispose.
/// </summary>
internal sealed class MakerSigningKey : IDisposable
{
    private readonly string _directory;
    private readonly string _privateKey;

    private MakerSigningKey(string directory, string privateKey, string publicKeyPem)
    {
        _directory = directory;
        _privateKey = privateKey;
        PublicKeyPem = publicKeyPem;
    }

    /// <summary>The public half as <c>openssl pkey -pubout</c> writes it (a PEM "PUBLIC KEY").</summary>
    public string PublicKeyPem { get; }

    public static async Task<MakerSigningKey> CreateAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("aiothub-app-maker-key-").FullName;
        var privateKey = Path.Combine(directory, "maker.pem");
        await OpensslAsync(cancellationToken, "genpkey", "-algorithm", "ed25519", "-out", privateKey);
        var publicKey = Path.Combine(directory, "maker.pub.pem");
        await OpensslAsync(cancellationToken, "pkey", "-in", privateKey, "-pubout", "-out", publicKey);
        return new MakerSigningKey(directory, privateKey, await File.ReadAllTextAsync(publicKey, cancellationToken));
    }

    /// <summary>The Ed25519 signature of <paramref name="message"/>, base64 (64 bytes).</summary>
    public async Task<string> SignAsync(byte[] message, CancellationToken cancellationToken)
    {
        var input = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".bin");
        var output = input + ".sig";
        await File.WriteAllBytesAsync(input, message, cancellationToken);
        try
        {
            await OpensslAsync(cancellationToken, "pkeyutl", "-sign", "-rawin", "-inkey", _privateKey, "-in", input, "-out", output);
            var signature = await File.ReadAllBytesAsync(output, cancellationToken);
            Assert.Equal(64, signature.Length);
            return Convert.ToBase64String(signature);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean the temporary directory.
        }
    }

    private static async Task OpensslAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var info = new ProcessStartInfo("openssl", arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("openssl did not start");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"openssl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }
}
