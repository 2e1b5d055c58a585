using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using AiotHub.Core.Devices.Persistence;
using Microsoft.AspNetCore.RateLimiting;

namespace AiotHub.Gateway.Apis;

/// <summary>builder.AddApi(): JSON conventions and RFC 7807 problem details for every /api/v1 group.</summary>
internal static class ApiHostingExtensions
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = DescribeTooLarge);
        builder.Services.AddExceptionHandler<ApiBadRequestHandler>();
        builder.Services.AddOptions<ApiLimitsOptions>().BindConfiguration(ApiLimitsOptions.SectionName);
        // Cursors stay good across a restart: their key lives in hub.db beside the registry.
        builder.Services.AddSingleton(sp => CursorKey.Load(sp.GetRequiredService<DeviceStore>().Path));
        // Unreadable bodies throw (in every environment, not just Development) so ApiBadRequestHandler can name the JSON path.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiOpenApiTransformer>();
            options.AddOperationTransformer<ApiOpenApiTransformer>();
            options.AddDocumentTransformer<EventsOpenApiTransformer>();
            options.AddOperationTransformer<EventsOpenApiTransformer>();
        });
        var limits = builder.Configuration.GetSection(ApiRateLimitOptions.SectionName).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            options.OnRejected = RejectAsync;
        });
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Enums as words ("online", "applied"), not numbers an app would have to look up.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        return builder;
    }

    // A body over its limit that the framework met while binding (it answers the bare status, which becomes problem+json here).
    private static void DescribeTooLarge(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && context.ProblemDetails.Detail is null
            && context.HttpContext.Request.Body is LimitedRequestStream limited)
        {
            context.ProblemDetails.Title = "Request body too large.";
            context.ProblemDetails.Detail = $"The request body is larger than this endpoint's limit of {limited.Limit} bytes; nothing was read past it.";
            context.ProblemDetails.Extensions["limit"] = limited.Limit;
        }
    }

    // Per token once signed in (the bearer handler has run: UseAccess puts the limiter after
    // authentication), per address for everything else — no token, an unknown, revoked or expired
    // one — before authorization answers it 401; /healthz and anything outside /api/v1 are not limited.
    private static RateLimitPartition<string> Partition(HttpContext context, ApiRateLimitOptions limits)
    {
        if (!limits.Enabled || !context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var key = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } tokenId
            ? "token:" + tokenId
            : "address:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = limits.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var who = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) is null ? "from this address without a valid token" : "for this token";
        await TypedResults.Problem($"Too many requests {who}; retry after {retryAfter} s.", statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.").ExecuteAsync(context.HttpContext);
    }

    /// <summary>
    /// Unhandled errors and bare status codes answer as problem+json; a request the framework
    /// could not read (malformed JSON, wrong content type) keeps its 4xx instead of becoming a 500
    /// (<see cref="ApiBadRequestHandler"/>); bodies over their limit are 413 (<see cref="ApiBodyLimitMiddleware"/>).
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = static exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseMiddleware<ApiBodyLimitMiddleware>();
        return app;
    }
}
