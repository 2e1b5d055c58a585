using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// A request the framework could not read answers problem+json with its own status: a malformed or
/// mistyped JSON body is 400 with errors keyed by the JSON path where reading stopped (as the
/// handlers' own validation problems are), a body over its limit is 413 naming the limit.
/// </summary>
internal sealed class ApiBadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (IsUnreadableJsonText(exception))
        {
            await TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["$"] = ["a string holds a broken \\u escape (an unpaired surrogate such as \\uD800): not text"] },
                title: "The request body is not valid JSON for this endpoint; nothing was changed.").ExecuteAsync(context);
            return true;
        }

        if (exception is not BadHttpRequestException bad)
            return false;

        IResult result = bad.StatusCode == StatusCodes.Status413PayloadTooLarge && context.Request.Body is LimitedRequestStream limited
            ? ApiBodyLimitMiddleware.TooLarge(limited.Limit, limited.Setting)
            : FindJsonError(bad) is { } json
                ? TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [json.Path ?? "$"] = [Describe(json)] },
                    title: "The request body is not valid JSON for this endpoint; nothing was changed.")
                : TypedResults.Problem(bad.Message, statusCode: bad.StatusCode);
        await result.ExecuteAsync(context);
        return true;
    }

    // "\uD800" parses as JSON but cannot be read as a string: System.Text.Json throws InvalidOperationException
    // from whichever handler reads it (bodies bound as JsonElement), which would otherwise be a 500.
    private static bool IsUnreadableJsonText(Exception exception) =>
        exception is InvalidOperationException && exception.TargetSite?.DeclaringType?.Assembly == typeof(JsonElement).Assembly
        && exception.Message.Contains("UTF-16", StringComparison.Ordinal);

    private static JsonException? FindJsonError(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
                return json;
        }

        return null;
    }

    // JsonException's message ends with "Path: … | LineNumber: … | BytePositionInLine: …", which the key already says,
    // and a type mismatch names a .NET type, which means nothing to an app.
    private static string Describe(JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).Trim();
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            message = "a value of the wrong type for this field";
        return message + (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "");
    }
}
