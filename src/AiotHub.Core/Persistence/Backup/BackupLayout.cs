using System.Globalization;

namespace AiotHub.Core.Persistence.Backup;

/// <summary>
/// Where each kind of entry sits in a backup archive, which is where it goes below the hub's data directory (the
/// default layout: docs/gateway.md "Where the hub looks"). Only these names are allowed, so an archive cannot name a
/// file outside the directory it is restored into.
/// </summary>
public static class BackupLayout
{
    public const string HubDatabase = "hub.db";
    public const string TelemetryDatabase = "telemetry.db";
    public const string BrokerDirectory = "broker";
    public const string BrokerSnapshot = BrokerDirectory + "/snapshot.dat";
    public const string ProfilesDirectory = "profiles";
    public const string CertificateAuthorityDirectory = "ca";
    public const string CertificateAuthorityCertificate = CertificateAuthorityDirectory + "/ca.pem";
    public const string CertificateAuthorityKey = CertificateAuthorityDirectory + "/ca.key";

    /// <summary>The longest name of an uploaded profile's file (model id, version, ".json").</summary>
    public const int MaxProfileFileName = 200;

    /// <summary>At most this many entries: the few files plus uploaded profiles (1,000 versions per model at most).</summary>
    public const int MaxEntries = 100_000;

    /// <summary>The archive path of an uploaded profile's file.</summary>
    public static string Profile(string fileName) => ProfilesDirectory + "/" + fileName;

    /// <summary>Whether <paramref name="fileName"/> may be an uploaded profile's file: a plain name ending in .json.</summary>
    public static bool IsProfileFileName(string fileName) =>
        fileName.Length is > 5 and <= MaxProfileFileName
        && fileName.EndsWith(".json", StringComparison.Ordinal)
        && fileName[0] != '.'
        && fileName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>Why <paramref name="manifest"/> cannot be restored as it stands, or null when it can.</summary>
    public static string? Check(BackupManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Format != BackupManifest.CurrentFormat)
            return string.Create(CultureInfo.InvariantCulture, $"the archive is in format {manifest.Format}; this tool reads format {BackupManifest.CurrentFormat}");
        if (manifest.Entries.Count > MaxEntries)
            return string.Create(CultureInfo.InvariantCulture, $"the manifest lists {manifest.Entries.Count} entries, more than {MaxEntries}");
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in manifest.Entries)
        {
            if (entry is null)
                return "the manifest lists an empty entry";
            if (Check(entry) is { } problem)
                return problem;
            if (!paths.Add(entry.Path))
                return $"the manifest lists '{entry.Path}' twice";
        }

        return paths.Contains(HubDatabase) ? null : $"the manifest lists no {HubDatabase}: this is not a backup of a hub";
    }

    private static string? Check(BackupEntry entry)
    {
        if (entry.Path is null || entry.Sha256 is null)
            return "the manifest lists an entry without a path or SHA-256";
        var expected = entry.Kind switch
        {
            BackupEntryKind.HubDatabase => entry.Path == HubDatabase,
            BackupEntryKind.TelemetryDatabase => entry.Path == TelemetryDatabase,
            BackupEntryKind.BrokerSnapshot => entry.Path == BrokerSnapshot,
            BackupEntryKind.CertificateAuthorityCertificate => entry.Path == CertificateAuthorityCertificate,
            BackupEntryKind.CertificateAuthorityKey => entry.Path == CertificateAuthorityKey,
            BackupEntryKind.Profile => entry.Path.StartsWith(ProfilesDirectory + "/", StringComparison.Ordinal)
                && IsProfileFileName(entry.Path[(ProfilesDirectory.Length + 1)..]),
            _ => false,
        };
        if (!expected)
            return $"the manifest's entry '{Printable(entry.Path)}' is not where a {entry.Kind} entry goes";
        if (entry.Bytes < 0)
            return $"the manifest gives '{entry.Path}' a negative length";
        if (entry.Sha256.Length != 64 || !entry.Sha256.All(char.IsAsciiHexDigitLower))
            return $"the manifest's SHA-256 of '{entry.Path}' is not 64 lowercase hex digits";
        return null;
    }

    // A name from a file may hold anything: show it without control characters, and not endlessly.
    private static string Printable(string text)
    {
        var cleaned = new string([.. text.Take(120).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 120 ? cleaned + "…" : cleaned;
    }
}
