using System.Globalization;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Versions as strong ETags (<c>"3"</c>), If-Match for safe edits and If-None-Match for cheap
/// re-reads (RFC 9110 §13.1). Small on purpose: the shared ETag helpers replace it on merge.
/// </summary>
internal static class EntityTags
{
    public static string Format(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Format(version);

    /// <summary>
    /// The version If-Match insists on: null when absent or "*" (last write wins); -1 — which no
    /// version matches — for a weak or unreadable tag, since If-Match compares strongly.
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
            return null;
        var first = header.Split(',')[0].Trim();
        return first.Length > 2 && first[0] == '"' && first[^1] == '"'
            && int.TryParse(first.AsSpan(1, first.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }

    /// <summary>If-None-Match names the current version (weakly compared, as §13.1.2 says) or is "*".</summary>
    public static bool IsNotModified(HttpRequest request, int version)
    {
        var current = Format(version);
        return request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(','))
            .Select(t => t.Trim())
            .Any(t => t == "*" || t == current || t == "W/" + current);
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult PreconditionFailed(int current) =>
        TypedResults.Problem($"The resource is at version {current}; If-Match named another. Nothing was changed.",
            statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed.");
}
