using System.Text;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;

namespace AiotHub.Gateway;

/// <summary>
/// The hub's request log (category AiotHub.Gateway.Hosting, Debug): method, target, status and
/// time of every request, written when it ends. The target is redacted: an <c>access_token</c>
/// query value becomes <c>(redacted)</c> and a webhook's id its first four characters and length
/// (as the automation engine logs it), so the line is safe at any level.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, ILoggerFactory loggers, TimeProvider time)
{
    private const string HooksPrefix = "/api/v1/hooks/";
    private const int MaxTargetLength = 512;
    private readonly ILogger _logger = loggers.CreateLogger(HostingLog.Category);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            await next(context);
            return;
        }

        var target = Target(context.Request.Path, context.Request.QueryString);
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            HostingLog.Request(_logger, context.Request.Method, target, context.Response.StatusCode, elapsed);
        }
    }

    /// <summary>The path and query as they may be logged.</summary>
    internal static string Target(PathString path, QueryString query)
    {
        var text = new StringBuilder();
        var value = path.Value ?? "";
        if (value.StartsWith(HooksPrefix, StringComparison.OrdinalIgnoreCase) && value.Length > HooksPrefix.Length)
        {
            var rest = value[HooksPrefix.Length..];
            var end = rest.IndexOf('/', StringComparison.Ordinal);
            var hookId = end < 0 ? rest : rest[..end];
            text.Append(value, 0, HooksPrefix.Length).Append(HooksApi.Redact(hookId)).Append(end < 0 ? "" : rest[end..]);
        }
        else
        {
            text.Append(value);
        }

        if (query.HasValue)
        {
            var separator = '?';
            foreach (var pair in query.Value![1..].Split('&'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? pair : pair[..equals];
                text.Append(separator).Append(IsSecret(name) ? name + "=(redacted)" : pair);
                separator = '&';
            }
        }

        return text.Length <= MaxTargetLength ? text.ToString() : text.ToString(0, MaxTargetLength) + "…";
    }

    private static bool IsSecret(string encodedName) =>
        Uri.UnescapeDataString(encodedName.Replace('+', ' ')).Trim().Equals(QueryAccessTokenAllowed.QueryName, StringComparison.OrdinalIgnoreCase);
}
