using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Gateway.Automations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/hooks/{hookId}: fires the automations whose webhook trigger has that hook id. No
/// token — the hook id is the secret (≥ 16 characters), so it is never logged in full and an
/// unknown id is a plain 404. The body (any JSON, up to Api:MaxRequestBodyBytes, or none) is the
/// trigger's data. Rate-limited per hook id (Automations:HookBurst, HookPerMinute) on top of the
/// API's per-address limit; when every run it would start is refused by a limit (Automations:Limits:…) the answer is 429 naming it.
/// </summary>
internal static partial class HooksApi
{
    private static readonly JsonElement NullBody = JsonDocument.Parse("null").RootElement.Clone();

    public static IEndpointRouteBuilder MapHooksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/hooks/{hookId}", FireAsync).WithTags("Automations").AllowAnonymous()
            .RequireRateLimiting(AutomationsHostingExtensions.HookRateLimitPolicy);
        return app;
    }

    internal static async Task<Results<Accepted<WebhookResponse>, ValidationProblem, ProblemHttpResult>> FireAsync(
        string hookId, HttpContext context, AutomationEngine engine, ILogger<AutomationEngine> logger)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        JsonElement body;
        try
        {
            body = buffer.Length == 0 ? default : ParseBody(buffer.ToArray());
        }
        catch (JsonException e)
        {
            return ApiProblems.Validation("$", $"the body is not JSON ({e.Message}); send JSON or nothing");
        }

        var hook = Redact(hookId);
        var result = engine.FireWebhook(hookId, body.ValueKind == JsonValueKind.Undefined ? NullBody : body);
        if (!result.Found)
        {
            LogUnknownHook(logger, hook);
            return ApiProblems.NotFound("No automation listens to this hook.");
        }

        LogHookFired(logger, hook, result.RunIds.Count);
        if (result.Limit is { } limit)
            return AutomationLimitProblems.TooManyRuns(context, $"No run was started: the hub's limit {limit} was reached.", limit, null);
        return TypedResults.Accepted((string?)null, new WebhookResponse(result.RunIds));
    }

    /// <summary>The first four characters and the length: enough to tell hooks apart in a log, not to call one.</summary>
    internal static string Redact(string hookId) => hookId.Length <= 4 ? "…" : $"{hookId[..4]}…({hookId.Length})";

    private static JsonElement ParseBody(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Hook} called: {Runs} automation run(s) started.")]
    private static partial void LogHookFired(ILogger logger, string hook, int runs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Hook} called, but no automation listens to it.")]
    private static partial void LogUnknownHook(ILogger logger, string hook);
}
