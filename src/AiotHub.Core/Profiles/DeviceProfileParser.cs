using System.Text;
using System.Text.Json;

namespace AiotHub.Core.Profiles;

/// <summary>
/// The one way in for a profile, shared by the hub, the API and the CLI: bytes, text or a file in,
/// a <see cref="DeviceProfile"/> or every <see cref="ProfileError"/> out. It never throws for bad
/// input; the size limit is checked before anything is parsed and the depth limit while parsing.
/// </summary>
public static class DeviceProfileParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = ProfileLimits.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = ProfileLimits.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static ProfileParseResult Parse(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Length > ProfileLimits.MaxDocumentBytes)
            return TooLarge(utf8.Length);
        if (utf8.Span.StartsWith("\uFEFF"u8))
            utf8 = utf8[3..];

        JsonDocument document;
        try
        {
            // Both passes are linear and bounded by the size limit; the first makes every later GetString safe.
            if (JsonText.FindInvalidText(utf8.Span, ReaderOptions) is { } broken)
                return ProfileParseResult.Invalid(JsonPath.Root, broken);
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            return ProfileParseResult.Invalid(JsonPath.Root, DescribeSyntaxError(e));
        }

        using (document)
        {
            var errors = new ProfileErrorCollector();
            var profile = new DeviceProfileReader(errors).ReadProfile(document.RootElement);
            return errors.Count == 0 && profile is not null
                ? new ProfileParseResult(profile, [])
                : new ProfileParseResult(null, errors.ToList());
        }
    }

    public static ProfileParseResult Parse(string json)
    {
        // A char is at least one UTF-8 byte, so the length alone rejects most oversize text unencoded.
        if (json.Length > ProfileLimits.MaxDocumentBytes)
            return ProfileParseResult.Invalid(JsonPath.Root, $"document is at least {json.Length} bytes; the limit is {ProfileLimits.MaxDocumentBytes}");
        var byteCount = Encoding.UTF8.GetByteCount(json);
        return byteCount > ProfileLimits.MaxDocumentBytes ? TooLarge(byteCount) : Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads at most one byte past the limit, so an endless or huge stream is refused cheaply.</summary>
    public static async Task<ProfileParseResult> ParseAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[ProfileLimits.MaxDocumentBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await utf8.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        return length > ProfileLimits.MaxDocumentBytes
            ? ProfileParseResult.Invalid(JsonPath.Root, $"document is larger than the limit of {ProfileLimits.MaxDocumentBytes} bytes")
            : Parse(buffer.AsMemory(0, length));
    }

    /// <summary>Reads and parses a file; I/O problems become an error at "$" too.</summary>
    public static ProfileParseResult ParseFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return ProfileParseResult.Invalid(JsonPath.Root, "file not found");
            if (info.Length > ProfileLimits.MaxDocumentBytes)
                return TooLarge(info.Length);
            // A file that grew since the length check is caught by Parse's own limit.
            return Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ProfileParseResult.Invalid(JsonPath.Root, "cannot read the file: " + e.Message);
        }
    }

    private static ProfileParseResult TooLarge(long length) =>
        ProfileParseResult.Invalid(JsonPath.Root, $"document is {length} bytes; the limit is {ProfileLimits.MaxDocumentBytes}");

    private static string DescribeSyntaxError(JsonException e)
    {
        // JsonException's own message ends with a path and positions that are 0-based; say it once, 1-based.
        var line = e.LineNumber + 1;
        var column = e.BytePositionInLine + 1;
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
            cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
            reason = reason[..cut];
        // The reader quotes the offending text, newlines included; keep the error one short line.
        return $"invalid JSON at line {line}, byte {column}: {JsonKinds.Printable(reason.TrimEnd('.'), 160)}";
    }
}
