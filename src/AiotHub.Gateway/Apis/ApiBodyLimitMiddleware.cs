using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Refuses an /api/v1 body above its endpoint's limit with 413 problem+json before anything reads
/// it: at once when Content-Length says so, and otherwise (a chunked body) when reading passes the
/// limit — the server stops at it (Kestrel's MaxRequestBodySize) and so does the stream the handler reads.
/// </summary>
internal sealed class ApiBodyLimitMiddleware(RequestDelegate next, IOptions<ApiLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<ProfileBodyLimit>() is not null
            ? options.Value.MaxProfileBytes
            : options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await TooLarge(limit).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            server.MaxRequestBodySize = limit;
        context.Request.Body = new LimitedRequestStream(context.Request.Body, limit);
        await next(context);
    }

    public static IResult TooLarge(long limit) => TypedResults.Problem(
        $"The request body is larger than this endpoint's limit of {limit} bytes; nothing was read.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large.",
        extensions: new Dictionary<string, object?> { ["limit"] = limit });
}
