using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// <c>GET /ota/v1/{token}</c> (docs/ota.md "Downloads"): a device fetches the image of its offer with the one-time
/// link, no bearer token — the link is the secret. <c>Range</c> resumes a download (206, or 416 past the end); the
/// ETag is the image's SHA-256, so <c>If-Range</c> works. A device that sends <c>AiotHub-Device</c> naming another
/// device than the link's is refused (403); an unknown, ended or expired link, or one whose release is no longer
/// offered, is 404.
/// </summary>
internal static partial class OtaDownloadApi
{
    public const string DeviceHeader = "AiotHub-Device";

    public static IEndpointRouteBuilder MapOtaDownloads(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/ota/v1/{token}", [HttpMethods.Get, HttpMethods.Head], Download).WithTags("Firmware").AllowAnonymous();
        return app;
    }

    internal static Results<PhysicalFileHttpResult, ProblemHttpResult> Download(
        string token, HttpContext context, FirmwareCatalog catalog, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(OtaDownloadApi));
        if (catalog.OpenDownload(token) is not ({ } grant, { } release, { } path) || !File.Exists(path))
        {
            LogRefused(logger, "unknown, ended or expired link, or the release is no longer offered");
            return ApiProblems.NotFound("No such download: the link is unknown, has ended with its job or expired, or its release is no longer offered.");
        }

        if (context.Request.Headers[DeviceHeader].ToString() is { Length: > 0 } device && device != grant.DeviceId)
        {
            LogOtherDevice(logger, grant.DeviceId, device.Length > 64 ? device[..64] : device);
            return TypedResults.Problem("This download link belongs to another device.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.PhysicalFile(path, "application/octet-stream", fileDownloadName: null,
            entityTag: new EntityTagHeaderValue($"\"{release.Sha256}\""), enableRangeProcessing: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firmware download refused: the link of device {DeviceId} was presented by {Presenter}")]
    private static partial void LogOtherDevice(ILogger logger, string deviceId, string presenter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware download refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
