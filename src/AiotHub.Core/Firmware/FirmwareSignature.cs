using System.Globalization;
using System.Text;

namespace AiotHub.Core.Firmware;

/// <summary>
/// What a maker signs for a release (docs/ota.md "Signing a release"): the UTF-8 bytes of six lines, each ended by
/// "\n" — <c>aiothub-firmware-v1</c>, the model, the version, the minimum version (empty when none), the size in
/// decimal, the SHA-256 in lowercase hex. It binds the image to the model and version a device will be told, so a
/// signed image cannot be offered to another model or as another version. <c>printf</c> and
/// <c>openssl pkeyutl -sign -rawin</c> can produce it (docs/ota.md shows how).
/// </summary>
public static class FirmwareSignature
{
    public const string Header = "aiothub-firmware-v1";

    public static byte[] Statement(string model, string version, string? minVersion, long size, string sha256) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{Header}\n{model}\n{version}\n{minVersion ?? ""}\n{size}\n{sha256.ToLowerInvariant()}\n"));

    public static byte[] Statement(FirmwareRelease release) =>
        Statement(release.Model, release.Version, release.MinVersion, release.Size, release.Sha256);
}
