using AiotHub.Automation.Automations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Refuses an /api/v1 body above its endpoint's limit with 413 problem+json before anything reads
/// it: at once when Content-Length says so, and otherwise (a chunked body) when reading passes the
/// limit — the server stops at it (Kestrel's MaxRequestBodySize) and so does the stream the handler reads.
/// </summary>
internal sealed class ApiBodyLimitMiddleware(RequestDelegate next, IOptions<ApiLimitsOptions> options, IOptions<AutomationLimits> automationLimits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        var (limit, setting) = metadata?.GetMetadata<RequestBodyLimit>() is { } own
            ? (own.Bytes, own.Setting)
            : metadata?.GetMetadata<AutomationImportBodyLimit>() is not null
            ? (automationLimits.Value.ImportBytes, AutomationImportBodyLimit.Setting)
            : metadata?.GetMetadata<ProfileBodyLimit>() is not null
                ? (options.Value.MaxProfileBytes, "Api:MaxProfileBytes")
                : (options.Value.MaxRequestBodyBytes, "Api:MaxRequestBodyBytes");
        if (context.Request.ContentLength > limit)
        {
            await TooLarge(limit, setting).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            server.MaxRequestBodySize = limit;
        context.Request.Body = new LimitedRequestStream(context.Request.Body, limit, setting);
        await next(context);
    }

    /// <summary>413 problem+json: <c>limit</c> is the endpoint's limit in bytes, <c>setting</c> the configuration key that sets it.</summary>
    public static IResult TooLarge(long limit, string? setting = null) => TypedResults.Problem(
        $"The request body is larger than this endpoint's limit of {limit} bytes{(setting is null ? "" : $" ({setting})")}; nothing was read.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large.",
        extensions: setting is null
            ? new Dictionary<string, object?> { ["limit"] = limit }
            : new Dictionary<string, object?> { ["limit"] = limit, ["setting"] = setting });
}
