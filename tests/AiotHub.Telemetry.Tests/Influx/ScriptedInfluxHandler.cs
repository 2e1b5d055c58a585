using System.Collections.Concurrent;
using System.Net;

namespace AiotHub.Telemetry.Tests.Influx;

/// <summary>
/// Answers write requests from a script — for the failure answers a real server cannot be made to
/// give on cue (429 with Retry-After, 503) — and records each request's body as the server saw it.
/// </summary>
internal sealed class ScriptedInfluxHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new(script);

    public ConcurrentQueue<(Uri Uri, string? Encoding, string? Authorization, byte[] Body)> Requests { get; } = new();

    public static HttpResponseMessage Status(HttpStatusCode status, TimeSpan? retryAfter = null, string body = "")
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        if (retryAfter is { } after)
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        Requests.Enqueue((request.RequestUri!, request.Content.Headers.ContentEncoding.FirstOrDefault(), request.Headers.Authorization?.ToString(), body));
        return _script.TryDequeue(out var next) ? next() : Status(HttpStatusCode.NoContent);
    }
}
