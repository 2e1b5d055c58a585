using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Apis;

/// <summary>builder.AddApi(): JSON conventions and RFC 7807 problem details for every /api/v1 group.</summary>
internal static class ApiHostingExtensions
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Enums as words ("online", "applied"), not numbers an app would have to look up.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        return builder;
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
