using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AiotHub.Telemetry.LineProtocol;

namespace AiotHub.Telemetry.Influx;

/// <summary>
/// One write request to InfluxDB's v1 or v2 write API (or anything that speaks them: InfluxDB 3,
/// VictoriaMetrics), classified into what the sender should do next. Never throws for a server or
/// network failure; those are results.
/// </summary>
public sealed class InfluxWriteClient
{
    private readonly HttpClient _http;
    private readonly InfluxSinkOptions _options;
    private readonly Uri _writeUri;

    public InfluxWriteClient(HttpClient http, InfluxSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _writeUri = WriteUri(options);
    }

    public Uri WriteUri() => _writeUri;

    public static Uri WriteUri(InfluxSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = options.Url ?? throw new ArgumentException("Telemetry:Influx:Url is not set", nameof(options));
        var precision = options.Precision switch
        {
            LinePrecision.Seconds => "s",
            LinePrecision.Milliseconds => "ms",
            LinePrecision.Microseconds => "us",
            _ => "ns",
        };
        var query = new StringBuilder();
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
                return;
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        string path;
        if (options.Api == InfluxApiVersion.V1)
        {
            path = "write";
            Add("db", options.Database ?? throw new ArgumentException("Telemetry:Influx:Database is required for the v1 API", nameof(options)));
            Add("rp", options.RetentionPolicy);
        }
        else
        {
            path = "api/v2/write";
            Add("org", options.Org);
            Add("bucket", options.Bucket ?? throw new ArgumentException("Telemetry:Influx:Bucket is required for the v2 API", nameof(options)));
        }

        Add("precision", precision);
        var baseText = root.ToString();
        return new Uri((baseText.EndsWith('/') ? baseText : baseText + "/") + path + query);
    }

    public async Task<InfluxWriteResult> WriteAsync(ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _writeUri) { Content = Body(lines) };
        if (_options.Api == InfluxApiVersion.V2 && _options.Token is { Length: > 0 } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", token);
        else if (_options.UserName is { Length: > 0 } user)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{_options.Password}")));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                return InfluxWriteResult.Written(status);
            var message = await ReadMessageAsync(response, timeout.Token).ConfigureAwait(false);
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError =>
                    new InfluxWriteResult(InfluxWriteOutcome.Retryable, status, message, RetryAfter(response)),
                HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => new InfluxWriteResult(InfluxWriteOutcome.Rejected, status, message),
                _ => new InfluxWriteResult(InfluxWriteOutcome.Misconfigured, status, message),
            };
        }
        catch (HttpRequestException ex)
        {
            return new InfluxWriteResult(InfluxWriteOutcome.Retryable, 0, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new InfluxWriteResult(InfluxWriteOutcome.Retryable, 0, $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s");
        }
    }

    private HttpContent Body(ReadOnlyMemory<byte> lines)
    {
        HttpContent content;
        if (_options.Gzip)
        {
            var compressed = new MemoryStream(lines.Length / 4 + 64);
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                gzip.Write(lines.Span);
            content = new ByteArrayContent(compressed.GetBuffer(), 0, (int)compressed.Length);
            content.Headers.ContentEncoding.Add("gzip");
        }
        else
        {
            content = new ReadOnlyMemoryContent(lines);
        }

        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return content;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
            return date - DateTimeOffset.UtcNow is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static async Task<string> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        text = text.Trim();
        if (text.Length > 1_000)
            text = string.Concat(text.AsSpan(0, 1_000), "…");
        return text.Length > 0 ? text : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
    }
}
