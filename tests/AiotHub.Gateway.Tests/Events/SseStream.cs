using System.Text;
using System.Text.Json;

namespace AiotHub.Gateway.Tests.Events;

/// <summary>A text/event-stream response read event by event, as an EventSource would (comments kept count of).</summary>
internal sealed class SseStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    public int Comments { get; private set; }

    public static async Task<SseStream> OpenAsync(HttpClient http, string path, CancellationToken cancellationToken, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null)
            request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return new SseStream(response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The next event (id, type, data as JSON and as text), within 20 s.</summary>
    public async Task<SseEvent> NextAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Eventually.Timeout);
        string? id = null, type = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the stream ended");
            if (line.Length == 0)
            {
                if (data.Length == 0)
                    continue;
                var text = data.ToString();
                using var document = JsonDocument.Parse(text);
                return new SseEvent(id is null ? null : long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), type ?? "message", document.RootElement.Clone(), text);
            }

            if (line[0] == ':')
                Comments++;
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
                id = line[4..];
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
                type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
                data.Append(line[6..]);
        }
    }

    /// <summary>The next raw line (a field, a comment or the blank line ending an event), within 20 s.</summary>
    public async Task<string> NextLineAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Eventually.Timeout);
        return await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the stream ended");
    }

    /// <summary>Skips events until one of <paramref name="type"/> matching the condition arrives.</summary>
    public async Task<SseEvent> NextAsync(string type, Func<JsonElement, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await NextAsync(cancellationToken);
            if (next.Type == type && condition(next.Data))
                return next;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
