using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using AiotHub.Core.Persistence.Backup;

namespace AiotHub.Cli.Tests;

/// <summary>
/// `aiothub restore` on archives made here (the hub's own backups are restored in AiotHub.Gateway.Tests' BackupRestoreTests):
/// what it accepts, what it refuses, and that a refusal leaves no trace.
/// </summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("aiothub-restore-").FullName;

    private string Dir(string name) => Path.Combine(_work, name);

    private static (int Code, string Output, string Errors) Run(params string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AiothubCommand.Run(arguments, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A backup archive with the given files, the manifest made from them (as from the hub <paramref name="version"/>).
    private string Archive(string name, string version, params (string Path, BackupEntryKind Kind, byte[] Data)[] files)
    {
        var entries = files.Select(f => new BackupEntry(f.Path, f.Kind, "test", f.Data.Length, Convert.ToHexStringLower(SHA256.HashData(f.Data)))).ToList();
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, version, DateTimeOffset.UtcNow, new Dictionary<string, int>(), entries);
        var path = Dir(name);
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.FileName) { DataStream = new MemoryStream(BackupManifestJson.ToUtf8Bytes(manifest)) });
        foreach (var file in files)
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, file.Path) { DataStream = new MemoryStream(file.Data) });
        return path;
    }

    [Fact]
    public void RestoresEveryEntryWhereItBelongsReadableByItsOwnerAlone()
    {
        var archive = Archive("good.tar.gz", HubVersion.Current,
            ("hub.db", BackupEntryKind.HubDatabase, "hub"u8.ToArray()),
            ("profiles/acme.light.a1.v1.json", BackupEntryKind.Profile, "{}"u8.ToArray()),
            ("ca/ca.key", BackupEntryKind.CertificateAuthorityKey, "key"u8.ToArray()));
        var target = Dir("data");

        var (code, output, errors) = Run("restore", archive, "--data-dir", target);

        Assert.True(code == AiothubCommand.Ok, errors);
        Assert.Contains("3 files", output, StringComparison.Ordinal);
        Assert.Equal("hub", File.ReadAllText(Path.Combine(target, "hub.db")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(target, "profiles", "acme.light.a1.v1.json")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(target, "ca", "ca.key")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(target, "ca")));
        }

        // hub.lock stays: the lock a hub takes when it starts there.
        Assert.Equal(["ca", "hub.db", "hub.lock", "profiles"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RefusesWhatIsNotAHubBackupAndLeavesNoDirectoryBehind()
    {
        File.WriteAllText(Dir("notes.txt"), "not an archive");
        var tarOfSomethingElse = Archive("other.tar.gz", HubVersion.Current, ("telemetry.db", BackupEntryKind.TelemetryDatabase, "t"u8.ToArray()));
        var newer = Archive("newer.tar.gz", "999.0.0", ("hub.db", BackupEntryKind.HubDatabase, "hub"u8.ToArray()));
        var misplaced = Archive("misplaced.tar.gz", HubVersion.Current,
            ("hub.db", BackupEntryKind.HubDatabase, "hub"u8.ToArray()), ("ca/ca.key", BackupEntryKind.Profile, "key"u8.ToArray()));

        foreach (var (archive, reason) in new[]
        {
            (Dir("missing.tar.gz"), "cannot read"), (Dir("notes.txt"), "damaged or not a hub backup"), (tarOfSomethingElse, "no hub.db"),
            (newer, "newer than this tool"), (misplaced, "not where a Profile entry goes"),
        })
        {
            var (code, output, errors) = Run("restore", archive, "--data-dir", Dir("data"));
            Assert.True(code == AiothubCommand.Invalid, $"{archive}: {code} {output} {errors}");
            Assert.Contains(reason, errors, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", errors, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Dir("data")), archive);
        }
    }

    [Fact]
    public void WithoutAFileItIsAUsageError() => Assert.Equal(AiothubCommand.UsageError, Run("restore").Code);

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
