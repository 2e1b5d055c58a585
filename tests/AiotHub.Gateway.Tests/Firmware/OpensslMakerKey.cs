using System.Diagnostics;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// A maker's Ed25519 key made and used by OpenSSL, the independent peer of the hub's NSec verification:
/// <c>openssl genpkey -algorithm ed25519</c>, <c>openssl pkey -pubout</c>, <c>openssl pkeyutl -sign -rawin</c>.
/// </summary>
internal sealed class OpensslMakerKey : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-maker-").FullName;

    public OpensslMakerKey()
    {
        Run("genpkey", "-algorithm", "ed25519", "-out", KeyPath);
        Run("pkey", "-in", KeyPath, "-pubout", "-out", Path.Combine(_directory, "public.pem"));
        PublicPem = File.ReadAllText(Path.Combine(_directory, "public.pem"));
    }

    public string KeyPath => Path.Combine(_directory, "private.pem");

    /// <summary>The PEM "PUBLIC KEY" (RFC 8410 SubjectPublicKeyInfo) as openssl writes it.</summary>
    public string PublicPem { get; }

    /// <summary>The base64 of OpenSSL's Ed25519 signature of <paramref name="data"/>.</summary>
    public string Sign(byte[] data)
    {
        var input = Path.Combine(_directory, "statement");
        var output = Path.Combine(_directory, "signature");
        File.WriteAllBytes(input, data);
        Run("pkeyutl", "-sign", "-rawin", "-inkey", KeyPath, "-in", input, "-out", output);
        return Convert.ToBase64String(File.ReadAllBytes(output));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"openssl {string.Join(' ', arguments)}: {error}");
    }
}
