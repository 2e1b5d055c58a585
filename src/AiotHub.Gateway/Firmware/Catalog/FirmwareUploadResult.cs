using AiotHub.Core.Firmware;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// What an upload came to: the stored <see cref="Release"/> (201), or the HTTP status with the problems by JSON path
/// (400 not valid, 422 refused: signature, hash, size, model, key) or a <see cref="Detail"/> (409, 413). Nothing is
/// stored unless <see cref="Release"/> is set.
/// </summary>
internal sealed record FirmwareUploadResult(FirmwareRelease? Release, int Status, IReadOnlyList<ProfileError> Errors, string? Detail = null)
{
    public static FirmwareUploadResult Invalid(params IReadOnlyList<ProfileError> errors) => new(null, StatusCodes.Status400BadRequest, errors);

    public static FirmwareUploadResult Refused(params IReadOnlyList<ProfileError> errors) => new(null, StatusCodes.Status422UnprocessableEntity, errors);
}
