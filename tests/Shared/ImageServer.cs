using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace AiotHub.Testing;

/// <summary>
/// A small HTTP server on loopback (HttpListener) serving one firmware image the way docs/mqtt-protocol.md
/// "Downloading, and resuming" says the hub does: <c>GET /image</c>, 200 for the whole image, 206 with
/// Content-Range for <c>Range: bytes=N-</c>, 416 past the end, 404 elsewhere. It records each request's range start
/// and the bytes it wrote, and can send slowly (<see cref="BytesPerSecond"/>) so a test can disconnect mid-download.
/// </summary>
internal sealed class ImageServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public ImageServer(int size, int seed = 1)
    {
        Image = new byte[size];
        new Random(seed).NextBytes(Image);
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Image));
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Url = $"http://127.0.0.1:{port}/image";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Prefixes.Clear();
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    public byte[] Image { get; }

    public string Sha256 { get; }

    public string Url { get; } = "";

    /// <summary>Bytes per second for each response; 0: as fast as possible.</summary>
    public int BytesPerSecond { get; set; }

    /// <summary>Each request's range start (0 without Range), in order.</summary>
    public ConcurrentQueue<long> RangeStarts { get; } = new();

    public long BytesWritten => Interlocked.Read(ref _written);

    private long _written;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (context.Request.Url?.AbsolutePath != "/image")
            {
                response.StatusCode = 404;
                return;
            }

            long from = 0;
            if (context.Request.Headers["Range"] is { } range)
            {
                if (!range.StartsWith("bytes=", StringComparison.Ordinal) || !range.EndsWith('-')
                    || !long.TryParse(range.AsSpan(6, range.Length - 7), out from))
                {
                    response.StatusCode = 400;
                    return;
                }

                if (from >= Image.Length)
                {
                    RangeStarts.Enqueue(from);
                    response.StatusCode = 416;
                    response.Headers["Content-Range"] = $"bytes */{Image.Length}";
                    return;
                }

                response.StatusCode = 206;
                response.Headers["Content-Range"] = $"bytes {from}-{Image.Length - 1}/{Image.Length}";
            }

            RangeStarts.Enqueue(from);
            response.ContentLength64 = Image.Length - from;
            var chunk = BytesPerSecond > 0 ? Math.Max(1, BytesPerSecond / 20) : 64 * 1024;
            for (var offset = from; offset < Image.Length; offset += chunk)
            {
                var count = (int)Math.Min(chunk, Image.Length - offset);
                await response.OutputStream.WriteAsync(Image.AsMemory((int)offset, count));
                await response.OutputStream.FlushAsync();
                Interlocked.Add(ref _written, count);
                if (BytesPerSecond > 0)
                    await Task.Delay(50);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The device went away mid-transfer: what a disconnect looks like from here.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
