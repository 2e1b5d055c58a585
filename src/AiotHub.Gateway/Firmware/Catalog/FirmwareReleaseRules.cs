using System.Text.RegularExpressions;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>The shapes of ids and digests in the catalogue.</summary>
internal static partial class FirmwareReleaseRules
{
    public const int MaxNotes = 4_000;

    /// <summary>A release id as the hub makes them: <c>fw-</c> and 16 lowercase hex digits.</summary>
    public static bool IsReleaseId(string value) => ReleaseIdRegex().IsMatch(value);

    /// <summary>A key id: 1–64 of letters, digits, '.', '_' and '-'.</summary>
    public static bool IsKeyId(string value) => KeyIdRegex().IsMatch(value);

    /// <summary>64 lowercase hex digits.</summary>
    public static bool IsSha256(string value) => Sha256Regex().IsMatch(value);

    [GeneratedRegex(@"^fw-[0-9a-f]{16}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseIdRegex();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdRegex();

    [GeneratedRegex(@"^[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Regex();
}
