using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Versions as entity tags (RFC 9110 §8.8.3, §13.1): a resource's integer version is its strong
/// ETag <c>"7"</c>. If-Match (strong comparison) guards PATCH/PUT/DELETE — a mismatch is 412 with
/// nothing changed, no header means last write wins; If-None-Match (weak comparison) on GET gives 304.
/// </summary>
internal static class ApiETags
{
    /// <summary>Marks an endpoint as versioned, so the OpenAPI document lists its ETag, If-Match/If-None-Match, 304 and 412.</summary>
    public static RouteHandlerBuilder WithETags(this RouteHandlerBuilder builder) => builder.WithMetadata(ETagsMetadata.Instance);

    public static string Format(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>Whether the request's If-Match allows a change of a resource at <paramref name="version"/> (true without one).</summary>
    public static bool Matches(HttpContext context, long version)
    {
        var header = context.Request.Headers.IfMatch;
        if (header.Count == 0)
            return true;
        return EntityTagHeaderValue.TryParseList(header, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(Format(version)), useStrongComparison: true));
    }

    /// <summary>Whether a GET's If-None-Match already names <paramref name="version"/>, so the answer is 304.</summary>
    public static bool IsNotModified(HttpContext context, long version)
    {
        var header = context.Request.Headers.IfNoneMatch;
        return header.Count > 0 && EntityTagHeaderValue.TryParseList(header, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(Format(version)), useStrongComparison: false));
    }

    /// <summary>Sets the answer's ETag to <paramref name="version"/>.</summary>
    public static void Set(HttpContext context, long version) => context.Response.Headers.ETag = Format(version);

    /// <summary>304 with the ETag (RFC 9110 §15.4.5: a 304 repeats the ETag a 200 would have sent).</summary>
    public static StatusCodeHttpResult NotModified(HttpContext context, long version)
    {
        Set(context, version);
        return TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    /// <summary>412 problem+json naming the current version; nothing was changed.</summary>
    public static ProblemHttpResult PreconditionFailed(long current) =>
        TypedResults.Problem(
            $"The resource is at version {current}, not the one in If-Match; nothing was changed. GET it again and retry.",
            statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current });
}
