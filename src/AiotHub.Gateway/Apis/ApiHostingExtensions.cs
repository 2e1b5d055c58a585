using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AiotHub.Gateway.Apis;

/// <summary>builder.AddApi(): JSON conventions and RFC 7807 problem details for every /api/v1 group.</summary>
internal static class ApiHostingExtensions
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
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

    // Per token once signed in (the bearer handler has run: UseRateLimiter comes after UseAccess),
    // per address before; /healthz and anything outside /api/v1 are not limited.
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
        await TypedResults.Problem($"Too many requests for this token; retry after {retryAfter} s.", statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.").ExecuteAsync(context.HttpContext);
    }

    /// <summary>
    /// Unhandled errors and bare status codes answer as problem+json; a request the framework
    /// could not read (malformed JSON, wrong content type) keeps its 4xx instead of becoming a 500.
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = static exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
