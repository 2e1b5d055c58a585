using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Core.Profiles;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// Accepting a release (docs/ota.md "The catalogue"): the <c>release</c> part is read and every field checked; the
/// model must be the vendor's and known to the hub, the key the vendor's and not revoked, and the Ed25519 signature of
/// the statement must verify — all before the image is looked at. The image (the <c>image</c> part, or fetched once from
/// <c>imageUrl</c>) streams to a temporary file, hashed as it comes and cut off past the declared size; its size and
/// SHA-256 must be the declared ones. Only then does the catalogue store it. Any refusal leaves nothing behind.
/// </summary>
internal sealed partial class FirmwareUploads(
    FirmwareCatalog catalog, FirmwareImages images, ProfileCatalog profiles, IHttpClientFactory httpClients,
    IOptions<OtaOptions> options, TimeProvider time, ILogger<FirmwareUploads> logger)
{
    /// <summary>The most bytes the <c>release</c> part may have.</summary>
    public const int MaxReleaseJsonBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body limit of the upload endpoint: the largest image and room for the rest of the form.</summary>
    public long MaxRequestBytes => options.Value.MaxImageBytes + MaxReleaseJsonBytes + 64 * 1024;

    /// <summary>Reads a multipart/form-data (or, with <c>imageUrl</c>, an application/json) upload and stores the release if it holds.</summary>
    public async Task<FirmwareUploadResult> UploadAsync(string vendor, HttpRequest request, string uploadedBy, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            var json = await ReadAtMostAsync(request.Body, MaxReleaseJsonBytes, cancellationToken);
            if (json is null)
                return FirmwareUploadResult.Invalid(new ProfileError("$", $"the release is at most {MaxReleaseJsonBytes} bytes of JSON"));
            return await AcceptAsync(vendor, json, null, uploadedBy, cancellationToken);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
            return FirmwareUploadResult.Invalid(new ProfileError("$", "send multipart/form-data with a 'release' part (JSON) and an 'image' part (the file), or application/json with imageUrl"));

        byte[]? releaseJson = null;
        FirmwareImageWrite? image = null;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 8 * 1024 };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value : null;
                if (name == "release" && releaseJson is null)
                {
                    releaseJson = await ReadAtMostAsync(section.Body, MaxReleaseJsonBytes, cancellationToken);
                    if (releaseJson is null)
                        return FirmwareUploadResult.Invalid(new ProfileError("$", $"the release part is at most {MaxReleaseJsonBytes} bytes of JSON"));
                    // Check everything but the image before reading it: a refused release costs no upload.
                    var early = Check(vendor, releaseJson, imagePart: true);
                    if (early.Result is not null)
                        return early.Result;
                }
                else if (name == "image" && image is null)
                {
                    image = await images.WriteAsync(section.Body, options.Value.MaxImageBytes, cancellationToken);
                    if (image.TooLarge)
                        return new FirmwareUploadResult(null, StatusCodes.Status413PayloadTooLarge, [],
                            $"An image is at most {options.Value.MaxImageBytes} bytes (Ota:MaxImageBytes); nothing was stored.");
                }
                else
                {
                    return FirmwareUploadResult.Invalid(new ProfileError("$", $"an unexpected or repeated part '{name}': send one 'release' and one 'image'"));
                }
            }

            if (releaseJson is null)
                return FirmwareUploadResult.Invalid(new ProfileError("$", "the 'release' part (JSON) is missing"));
            var result = await AcceptAsync(vendor, releaseJson, image, uploadedBy, cancellationToken);
            if (result.Release is not null)
                image = null;
            return result;
        }
        catch (InvalidDataException e)
        {
            return FirmwareUploadResult.Invalid(new ProfileError("$", $"the multipart body is malformed: {e.Message}"));
        }
        finally
        {
            FirmwareImages.Discard(image?.TempPath);
        }
    }

    private async Task<FirmwareUploadResult> AcceptAsync(
        string vendor, byte[] releaseJson, FirmwareImageWrite? uploaded, string uploadedBy, CancellationToken cancellationToken)
    {
        var (draft, refusal) = Check(vendor, releaseJson, imagePart: uploaded is not null);
        if (refusal is not null)
            return refusal;
        var release = draft!;
        var image = uploaded;
        try
        {
            if (image is null)
            {
                var (fetched, problem) = await FetchAsync(release, cancellationToken);
                if (problem is not null)
                    return FirmwareUploadResult.Refused(problem);
                image = fetched!;
            }

            if (image.TooLarge || image.Length != release.Size)
                return FirmwareUploadResult.Refused(new ProfileError("$.size",
                    image.TooLarge ? $"the image is larger than the declared {release.Size} bytes" : $"the image is {image.Length} bytes, not {release.Size}"));
            if (image.Sha256 != release.Sha256)
                return FirmwareUploadResult.Refused(new ProfileError("$.sha256", $"the image's SHA-256 is {image.Sha256}, not {release.Sha256}"));
            var (stored, why, detail) = catalog.Add(release, image.TempPath!, uploadedBy, options.Value.MaxStoredBytes);
            if (stored is null)
            {
                return why == FirmwareAddRefusal.KeyRevoked
                    ? FirmwareUploadResult.Refused(new ProfileError("$.keyId", detail!))
                    : new FirmwareUploadResult(null, StatusCodes.Status409Conflict, [], detail + "; nothing was stored.");
            }

            image = null;
            return new FirmwareUploadResult(stored, StatusCodes.Status201Created, []);
        }
        finally
        {
            // The uploaded image's temp file is the caller's to discard; a fetched one is ours.
            if (uploaded is null)
                FirmwareImages.Discard(image?.TempPath);
        }
    }

    /// <summary>The draft when every field holds and the signature verifies; else the 400 or 422 result.</summary>
    private (FirmwareReleaseDraft? Draft, FirmwareUploadResult? Result) Check(string vendor, byte[] releaseJson, bool imagePart)
    {
        FirmwareReleaseRequest? r;
        try
        {
            r = JsonSerializer.Deserialize<FirmwareReleaseRequest>(releaseJson, Json);
        }
        catch (JsonException e)
        {
            return (null, FirmwareUploadResult.Invalid(new ProfileError(e.Path ?? "$", $"not valid JSON for a release (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})")));
        }

        if (r is null)
            return (null, FirmwareUploadResult.Invalid(new ProfileError("$", "a release object is required")));
        var errors = new List<ProfileError>();
        var version = default(FirmwareVersion);
        var min = default(FirmwareVersion);
        if (string.IsNullOrWhiteSpace(r.Model) || r.Model.Length > 128 || !r.Model.Contains('.', StringComparison.Ordinal))
            errors.Add(new("$.model", "required: the profile's model id (vendor.kind.name)"));
        if (!FirmwareVersion.TryParse(r.Version, out version))
            errors.Add(new("$.version", "required: one to four dot-separated numbers (1.4.2)"));
        if (r.MinVersion is not null && !FirmwareVersion.TryParse(r.MinVersion, out min))
            errors.Add(new("$.minVersion", "one to four dot-separated numbers (1.4.2), or leave it out"));
        CheckNotes(r.Notes?.En, "$.notes.en", errors);
        CheckNotes(r.Notes?.Zh, "$.notes.zh", errors);
        if (r.Sha256 is null || !FirmwareReleaseRules.IsSha256(r.Sha256.ToLowerInvariant()))
            errors.Add(new("$.sha256", "required: the image's SHA-256, 64 hex digits"));
        if (r.Size is not { } size || size < 1 || size > options.Value.MaxImageBytes)
            errors.Add(new("$.size", $"required: the image's length in bytes, 1 to {options.Value.MaxImageBytes} (Ota:MaxImageBytes)"));
        if (r.KeyId is null || !FirmwareReleaseRules.IsKeyId(r.KeyId))
            errors.Add(new("$.keyId", "required: the id of the maker key that signed the release"));
        var signature = MakerKeys.TryParseSignature(r.Signature);
        if (signature is null)
            errors.Add(new("$.signature", "required: the base64 of the 64-byte Ed25519 signature of the release statement (docs/ota.md \"Signing a release\")"));
        if (r.ImageUrl is not null && (!Uri.TryCreate(r.ImageUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || r.ImageUrl.Length > 2048))
            errors.Add(new("$.imageUrl", "an absolute http or https URL of at most 2,048 characters"));
        if (r.ImageUrl is null && !imagePart)
            errors.Add(new("$.imageUrl", "required without an 'image' part: send the image, or the URL the hub fetches it from once"));
        if (r.ImageUrl is not null && imagePart)
            errors.Add(new("$.imageUrl", "send either an 'image' part or an imageUrl, not both"));
        if (errors.Count > 0)
            return (null, FirmwareUploadResult.Invalid(errors));

        var sha = r.Sha256!.ToLowerInvariant();
        if (ProfileCatalog.VendorOf(r.Model!) != vendor)
            errors.Add(new("$.model", $"'{r.Model}' is not in the namespace '{vendor}'"));
        else if (profiles.Find(r.Model!) is null)
            errors.Add(new("$.model", $"the hub has no profile for '{r.Model}' (upload the model's profile first)"));
        if (r.MinVersion is not null && version <= min)
            errors.Add(new("$.version", $"{r.Version} is not newer than the minimum version {r.MinVersion}"));
        var key = catalog.Key(vendor, r.KeyId!);
        if (key is null)
            errors.Add(new("$.keyId", $"'{vendor}' has no key '{r.KeyId}'"));
        else if (key.Revoked is not null)
            errors.Add(new("$.keyId", $"key '{r.KeyId}' was revoked"));
        else if (!MakerKeys.Verify(key.PublicKey, FirmwareSignature.Statement(r.Model!, r.Version!, r.MinVersion, r.Size!.Value, sha), signature))
            errors.Add(new("$.signature", $"does not verify with key {r.KeyId}"));
        if (errors.Count > 0)
        {
            LogRefused(logger, vendor, r.Model!, r.Version!, errors[0].Path, errors[0].Message);
            return (null, FirmwareUploadResult.Refused(errors));
        }

        return (new FirmwareReleaseDraft(vendor, r.Model!, r.Version!, r.MinVersion, r.Size!.Value, sha,
            new FirmwareNotes(r.Notes!.En!, r.Notes.Zh!), r.KeyId!, r.Signature!.Trim(), r.ImageUrl), null);
    }

    /// <summary>Fetches the image once from the draft's URL: http(s) only, cut off past the declared size, within Ota:FetchTimeout.</summary>
    private async Task<(FirmwareImageWrite? Image, ProfileError? Problem)> FetchAsync(FirmwareReleaseDraft draft, CancellationToken cancellationToken)
    {
        var timeout = options.Value.FetchTimeout;
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var client = httpClients.CreateClient(FirmwareCatalogHostingExtensions.ImageFetchClient);
            using var response = await client.GetAsync(new Uri(draft.ImageUrl!), HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
                return (null, new ProfileError("$.imageUrl", $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}"));
            if (response.RequestMessage?.RequestUri?.Scheme is not ("http" or "https"))
                return (null, new ProfileError("$.imageUrl", "was redirected to a URL that is not http or https"));
            if (response.Content.Headers.ContentLength is { } length && length != draft.Size)
                return (null, new ProfileError("$.size", $"the image at the URL is {length} bytes, not {draft.Size}"));
            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            var image = await images.WriteAsync(body, draft.Size, linked.Token);
            LogFetched(logger, draft.Model, draft.Version, image.Length);
            return (image, null);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, new ProfileError("$.imageUrl", $"the image did not arrive within {timeout} (Ota:FetchTimeout)"));
        }
        catch (HttpRequestException e)
        {
            return (null, new ProfileError("$.imageUrl", $"could not be fetched: {e.Message}"));
        }
    }

    private static void CheckNotes(string? text, string path, List<ProfileError> errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > FirmwareReleaseRules.MaxNotes)
            errors.Add(new(path, $"required: release notes, 1 to {FirmwareReleaseRules.MaxNotes} characters of plain text"));
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware release {Model} {Version} for {Vendor} refused: {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string vendor, string model, string version, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware image of {Model} {Version} fetched from its URL: {Length} bytes")]
    private static partial void LogFetched(ILogger logger, string model, string version, long length);
}
